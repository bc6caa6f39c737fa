package vn.lienthong.registry.internal.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.registry.BusException;

/** The response's content type: the media type, and a charset parameter that must be UTF-8. */
class ResponseChecksTest {

  private final ResponseChecks checks =
      new ResponseChecks("svc", "msg-00000001", RequestHash.EMPTY);

  private static HttpHeaders type(String value) {
    return HttpHeaders.of(Map.of("Content-Type", List.of(value)), (a, b) -> true);
  }

  @Test
  void acceptsJsonWithoutOrWithAUtf8Charset() {
    for (String ok :
        List.of(
            "application/json",
            "application/json; charset=UTF-8",
            "application/json;charset=\"utf-8\"",
            "Application/JSON ; CHARSET = utf8",
            "application/json; foo=bar; charset=utf-8",
            "application/json; charset=")) {
      assertThat(checks.checkContentType(type(ok), 200, "application/json")).as(ok).isEqualTo(ok);
    }
  }

  @Test
  void rejectsAnotherCharsetOrMediaType() {
    for (String bad :
        List.of(
            "application/json; charset=ISO-8859-1",
            "application/json; foo=bar; charset=\"latin1\"",
            "text/json",
            "application/xml; charset=utf-8")) {
      assertThatThrownBy(() -> checks.checkContentType(type(bad), 200, "application/json"))
          .as(bad)
          .isInstanceOf(BusException.class);
    }
  }
}
