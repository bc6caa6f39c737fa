package vn.lienthong.registry.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for tests and benchmarks: keeps closed connections for reuse, so each
 * transaction does not pay for a new PostgreSQL connection. Not for production.
 */
public final class SimplePool implements DataSource, AutoCloseable {

  private final String url;
  private final LinkedBlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

  public SimplePool(String url) {
    this.url = url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = idle.poll();
    if (real == null || real.isClosed()) {
      real = DriverManager.getConnection(url);
    }
    Connection target = real;
    boolean[] closed = {false};
    return (Connection)
        Proxy.newProxyInstance(
            SimplePool.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                if (!closed[0]) {
                  closed[0] = true;
                  if (!target.getAutoCommit()) {
                    target.rollback();
                    target.setAutoCommit(true);
                  }
                  idle.offer(target);
                }
                return null;
              }
              if (method.getName().equals("isClosed")) {
                return closed[0] || target.isClosed();
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public void close() {
    Connection c;
    while ((c = idle.poll()) != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return new PrintWriter(System.err);
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
