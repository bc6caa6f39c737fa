package vn.lienthong.refapp.api;

import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;

/** The Commune API under {@code /api}. */
public final class CommuneApiModule implements AppModule {

  @Override
  public String name() {
    return "commune-api";
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    routes.jaxrs(new HealthResource());
  }
}
