package vn.lienthong.refapp;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

/**
 * Where modules mount what they serve: servlets and filters on the web context, JAX-RS resources
 * under {@code /api} (served by Apache CXF).
 */
public interface AppRoutes {

  /**
   * Mounts a servlet.
   *
   * @param pathSpec the servlet path spec, e.g. {@code /citizen/*}
   * @param servlet the servlet
   */
  void servlet(String pathSpec, HttpServlet servlet);

  /**
   * Mounts a filter in front of matching requests (filters run in the order mounted).
   *
   * @param pathSpec the path spec, e.g. {@code /*}
   * @param filter the filter
   */
  void filter(String pathSpec, Filter filter);

  /**
   * Adds a JAX-RS resource or provider (a singleton) to the {@code /api} application.
   *
   * @param resourceOrProvider an object annotated with {@code @Path} or {@code @Provider}
   */
  void jaxrs(Object resourceOrProvider);
}
