package vn.lienthong.refapp.service;

import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;

/** Storage and dossier services: registers the services the API and web modules use. */
public final class DossierModule implements AppModule {

  @Override
  public String name() {
    return "dossiers";
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    // Filled in by the dossier-service work.
  }
}
