package vn.lienthong.refapp.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lienthong.core.text.VietnameseText;

/**
 * A tiny HTML builder with contextual auto-escaping: pages are trees of {@link Node}s, text is
 * always escaped for its context (element content or quoted attribute), URL attributes accept only
 * local paths or http(s) URLs, event-handler and style attributes and script elements cannot be
 * written at all, and every string is normalised to NFC.
 *
 * <pre>{@code
 * Html.Node p = Html.el("p", Html.attr("class", "lead"), "Xin chào <b>"); // text, escaped
 * String html = p.render(); // <p class="lead">Xin chào &lt;b&gt;</p>
 * }</pre>
 *
 * <p>Nodes are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Html {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");
  private static final Set<String> VOID =
      Set.of("meta", "link", "input", "br", "hr", "img", "col", "source");
  private static final Set<String> FORBIDDEN_TAGS =
      Set.of("script", "style", "iframe", "object", "embed", "base", "frame", "frameset");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "poster", "cite");

  private Html() {}

  /** A piece of an HTML page. */
  public sealed interface Node permits Element, Text, Fragment {

    /**
     * Writes the node.
     *
     * @param out where to write
     */
    void renderTo(StringBuilder out);

    /**
     * Returns the node as HTML.
     *
     * @return the HTML
     */
    default String render() {
      StringBuilder out = new StringBuilder(256);
      renderTo(out);
      return out.toString();
    }
  }

  /**
   * An attribute; its value is escaped when written.
   *
   * @param name the attribute name, lower case
   * @param value the value, or null for a boolean attribute
   */
  public record Attr(String name, @org.jspecify.annotations.Nullable String value) {

    /**
     * Checks the name and, for URL attributes, the value.
     *
     * @param name the attribute name
     * @param value the value, or null for a boolean attribute
     * @throws IllegalArgumentException if the name is not allowed or a URL is unsafe
     */
    public Attr {
      if (!NAME.matcher(name).matches() || name.startsWith("on") || name.equals("style")) {
        throw new IllegalArgumentException("attribute not allowed: " + name);
      }
      if (value != null && URL_ATTRIBUTES.contains(name) && !safeUrl(value)) {
        throw new IllegalArgumentException("unsafe URL in " + name);
      }
    }
  }

  /**
   * An element with attributes and children.
   *
   * @param tag the tag name, lower case
   * @param attributes the attributes
   * @param children the children
   */
  public record Element(String tag, List<Attr> attributes, List<Node> children) implements Node {

    /**
     * Checks the tag.
     *
     * @param tag the tag name
     * @param attributes the attributes
     * @param children the children
     * @throws IllegalArgumentException if the tag is not allowed
     */
    public Element {
      if (!NAME.matcher(tag).matches() || FORBIDDEN_TAGS.contains(tag)) {
        throw new IllegalArgumentException("element not allowed: " + tag);
      }
      attributes = List.copyOf(attributes);
      children = List.copyOf(children);
    }

    @Override
    public void renderTo(StringBuilder out) {
      out.append('<').append(tag);
      for (Attr a : attributes) {
        out.append(' ').append(a.name());
        if (a.value() != null) {
          out.append("=\"");
          escape(a.value(), out);
          out.append('"');
        }
      }
      out.append('>');
      if (VOID.contains(tag)) {
        return;
      }
      for (Node child : children) {
        child.renderTo(out);
      }
      out.append("</").append(tag).append('>');
    }
  }

  /**
   * Text content, escaped when written.
   *
   * @param text the text
   */
  public record Text(String text) implements Node {
    @Override
    public void renderTo(StringBuilder out) {
      escape(text, out);
    }
  }

  /**
   * Several nodes side by side.
   *
   * @param nodes the nodes
   */
  public record Fragment(List<Node> nodes) implements Node {

    /**
     * Copies the list.
     *
     * @param nodes the nodes
     */
    public Fragment {
      nodes = List.copyOf(nodes);
    }

    @Override
    public void renderTo(StringBuilder out) {
      for (Node n : nodes) {
        n.renderTo(out);
      }
    }
  }

  /**
   * Builds an element. Parts may be {@link Attr}s, {@link Node}s, strings (escaped text),
   * collections of those, or null (ignored, for optional parts).
   *
   * @param tag the tag name
   * @param parts the attributes and children
   * @return the element
   * @throws IllegalArgumentException if a tag, attribute or part is not allowed
   */
  public static Element el(String tag, @org.jspecify.annotations.Nullable Object... parts) {
    List<Attr> attributes = new ArrayList<>();
    List<Node> children = new ArrayList<>();
    for (Object part : parts) {
      add(part, attributes, children);
    }
    return new Element(tag, attributes, children);
  }

  /**
   * Builds an attribute.
   *
   * @param name the name
   * @param value the value (escaped when written)
   * @return the attribute
   * @throws IllegalArgumentException if the name is not allowed or a URL is unsafe
   */
  public static Attr attr(String name, String value) {
    return new Attr(name, value);
  }

  /**
   * Builds a boolean attribute such as {@code required}.
   *
   * @param name the name
   * @return the attribute
   * @throws IllegalArgumentException if the name is not allowed
   */
  public static Attr flag(String name) {
    return new Attr(name, null);
  }

  /**
   * Builds a text node.
   *
   * @param text the text
   * @return the node
   */
  public static Text text(String text) {
    return new Text(text);
  }

  /**
   * Builds a fragment.
   *
   * @param parts nodes, strings, collections of those, or nulls (ignored)
   * @return the fragment
   * @throws IllegalArgumentException if a part is an attribute or of another type
   */
  public static Fragment fragment(@org.jspecify.annotations.Nullable Object... parts) {
    List<Attr> attributes = new ArrayList<>();
    List<Node> children = new ArrayList<>();
    for (Object part : parts) {
      add(part, attributes, children);
    }
    if (!attributes.isEmpty()) {
      throw new IllegalArgumentException("a fragment has no attributes");
    }
    return new Fragment(children);
  }

  /**
   * Escapes text for element content and double-quoted attribute values, normalising it to NFC.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }

  private static void escape(String raw, StringBuilder out) {
    String text = VietnameseText.nfc(raw);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  static boolean safeUrl(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    if (u.startsWith("//")) {
      return false;
    }
    if (u.startsWith("/") || u.startsWith("#") || u.startsWith("?")) {
      return true;
    }
    return u.startsWith("https://") || u.startsWith("http://");
  }

  private static void add(
      @org.jspecify.annotations.Nullable Object part, List<Attr> attributes, List<Node> children) {
    if (part == null) {
      return;
    }
    if (part instanceof Attr a) {
      attributes.add(a);
    } else if (part instanceof Node n) {
      children.add(n);
    } else if (part instanceof String s) {
      children.add(new Text(s));
    } else if (part instanceof Collection<?> c) {
      for (Object o : c) {
        add(o, attributes, children);
      }
    } else {
      throw new IllegalArgumentException(
          "not an HTML part: " + Objects.requireNonNull(part).getClass().getName());
    }
  }
}
