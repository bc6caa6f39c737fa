package vn.lienthong.refapp.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;

/** The Vietnamese web pages for citizens and officers. */
public final class WebModule implements AppModule {

  @Override
  public String name() {
    return "web";
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    routes.servlet("/", new HomeServlet());
  }

  private static final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/html; charset=UTF-8");
      response
          .getOutputStream()
          .write(
              ("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                      + "<title>Một cửa điện tử</title></head>"
                      + "<body><h1>Bộ phận Một cửa điện tử</h1></body></html>")
                  .getBytes(StandardCharsets.UTF_8));
    }
  }
}
