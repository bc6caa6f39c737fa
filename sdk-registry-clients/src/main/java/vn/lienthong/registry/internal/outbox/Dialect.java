package vn.lienthong.registry.internal.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.registry.RegistryErrorCode;

/** The databases the outbox, inbox and exchange log run on, and their bundled DDL scripts. */
public enum Dialect {
  /** H2 2.x, embedded or server. */
  H2("h2"),
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql");

  private final String suffix;

  Dialect(String suffix) {
    this.suffix = suffix;
  }

  /**
   * Detects the dialect of a connection from its database product name.
   *
   * @param connection an open connection
   * @param component what needs the database, for the error message
   * @return the dialect
   * @throws SQLException if the metadata cannot be read
   * @throws ConfigurationException if the product is neither H2 nor PostgreSQL
   */
  public static Dialect of(Connection connection, String component) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String p = product.toLowerCase(Locale.ROOT);
    if (p.startsWith("h2")) {
      return H2;
    }
    if (p.startsWith("postgresql")) {
      return POSTGRESQL;
    }
    throw new ConfigurationException(
        RegistryErrorCode.DATABASE_NOT_SUPPORTED,
        ErrorDetails.field(component).rule("supported-database").rejectedValue(product),
        null);
  }

  /**
   * Returns the resource path of a bundled script for this dialect.
   *
   * @param base the script's base path without suffix, such as {@code
   *     /vn/lienthong/registry/outbox/outbox}
   * @return the resource path
   */
  public String script(String base) {
    return base + "-" + suffix + ".sql";
  }

  /**
   * Runs a bundled script on a connection, statement by statement, and commits if the connection is
   * not in auto-commit mode.
   *
   * @param connection the connection
   * @param base the script's base path without suffix
   * @throws SQLException if a statement fails
   * @throws IllegalStateException if the resource is missing (a broken jar)
   */
  public void run(Connection connection, String base) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String sql : statements(script(base))) {
        s.execute(sql);
      }
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  /**
   * Reads a script and splits it into statements on semicolons at line ends, without comments.
   *
   * @param resource the resource path
   * @return the statements
   * @throws IllegalStateException if the resource is missing or unreadable
   */
  public static List<String> statements(String resource) {
    String text;
    try (InputStream in = Dialect.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable resource " + resource, e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    return List.copyOf(out);
  }
}
