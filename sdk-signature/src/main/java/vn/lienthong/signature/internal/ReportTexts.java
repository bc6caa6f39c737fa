package vn.lienthong.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** The Vietnamese and English texts of validation reports. Immutable and thread-safe. */
public final class ReportTexts {

  private static final ReportTexts VIETNAMESE = load("vi");
  private static final ReportTexts ENGLISH = load("en");

  private final Properties texts;

  private ReportTexts(Properties texts) {
    this.texts = texts;
  }

  /**
   * Returns the texts for a locale: Vietnamese for {@code vi}, English otherwise.
   *
   * @param locale the locale
   * @return the texts
   */
  public static ReportTexts forLocale(Locale locale) {
    return "vi".equals(locale.getLanguage()) ? VIETNAMESE : ENGLISH;
  }

  /**
   * Returns a text, or the key itself when missing (a test checks none is).
   *
   * @param key the key
   * @return the text
   */
  public String text(String key) {
    return texts.getProperty(key, key);
  }

  /**
   * Tells whether a text exists.
   *
   * @param key the key
   * @return true when present
   */
  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /**
   * Returns the common name of a distinguished name, or the whole name when it has none.
   *
   * @param name the name
   * @return the CN
   */
  public static String commonName(X500Principal name) {
    String dn = name.getName(X500Principal.RFC2253);
    try {
      for (Rdn rdn : new LdapName(dn).getRdns()) {
        if ("CN".equalsIgnoreCase(rdn.getType())) {
          return String.valueOf(rdn.getValue());
        }
      }
    } catch (InvalidNameException e) {
      return dn;
    }
    return dn;
  }

  private static ReportTexts load(String language) {
    String path = "/vn/lienthong/signature/report_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = ReportTexts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportTexts(p);
  }
}
