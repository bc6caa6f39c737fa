package vn.lienthong.sandbox.internal;

import java.util.List;

/** Creates the services of one area once the server's address is known. */
@FunctionalInterface
public interface ServiceFactory {

  /**
   * Creates the services.
   *
   * @param context what the services share: base URI, clock, personas, cross-service objects
   * @return the services, each with its own prefix
   */
  List<SandboxService> create(SandboxContext context);
}
