package vn.lienthong.refapp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.refapp.web.Html.attr;
import static vn.lienthong.refapp.web.Html.el;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTextAndAttributeValues() {
    String html = el("p", attr("title", "\"><script>x</script>"), "<b>Tom & 'Jerry'</b>").render();
    assertThat(html)
        .isEqualTo(
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">"
                + "&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;</p>");
  }

  @Test
  void normalisesTextToNfc() {
    String decomposed = "Nguye\u0302\u0303n"; // "Nguyễn" in NFD
    assertThat(el("span", decomposed).render()).isEqualTo("<span>Nguyễn</span>");
  }

  @Test
  void refusesScriptsEventHandlersStylesAndUnsafeUrls() {
    assertThatThrownBy(() -> el("script", "alert(1)")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> attr("onclick", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> attr("style", "color:red"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> attr("href", "javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> attr("href", " JaVaScRiPt:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> attr("action", "//evil.example/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> attr("src", "data:text/html,x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(attr("href", "/thu-tuc?q=a&b").value()).isEqualTo("/thu-tuc?q=a&b");
  }

  @Test
  void voidElementsHaveNoClosingTagAndNullPartsAreSkipped() {
    assertThat(el("input", attr("type", "text"), Html.flag("required"), null).render())
        .isEqualTo("<input type=\"text\" required>");
  }

  @Test
  void controlCharactersAreReplaced() {
    assertThat(Html.escape("a\u0000b")).isEqualTo("a\uFFFDb");
  }
}
