package vn.lienthong.registry.outbox;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;

/** A connection whose metadata claims another database product. */
final class FakeProduct {

  private FakeProduct() {}

  static Connection connection(String product) {
    DatabaseMetaData meta =
        (DatabaseMetaData)
            Proxy.newProxyInstance(
                FakeProduct.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class},
                (p, m, a) -> {
                  if (m.getName().equals("getDatabaseProductName")) {
                    return product;
                  }
                  throw new UnsupportedOperationException(m.getName());
                });
    return (Connection)
        Proxy.newProxyInstance(
            FakeProduct.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (p, m, a) -> {
              if (m.getName().equals("getMetaData")) {
                return meta;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }
}
