package vn.lienthong.signature.remote.csc;

import java.util.List;
import java.util.Objects;

/**
 * What a CSC service's {@code info} method says about itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param specs the API version ({@code specs}, such as {@code 2.0.0.2})
 * @param name the service name
 * @param authTypes the service authorisation types ({@code basic}, {@code oauth2client}...)
 * @param methods the API methods offered
 * @since 0.1.0
 */
public record CscInfo(String specs, String name, List<String> authTypes, List<String> methods) {

  /**
   * Copies the lists.
   *
   * @param specs the version
   * @param name the name
   * @param authTypes the authorisation types
   * @param methods the methods
   * @throws NullPointerException if a member is null
   */
  public CscInfo {
    Objects.requireNonNull(specs, "specs");
    Objects.requireNonNull(name, "name");
    authTypes = List.copyOf(authTypes);
    methods = List.copyOf(methods);
  }
}
