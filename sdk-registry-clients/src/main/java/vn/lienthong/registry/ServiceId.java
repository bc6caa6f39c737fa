package vn.lienthong.registry;

import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.internal.bus.WireChecks;

/**
 * A bus service, {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE/VERSION}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceId lookup = ServiceId.parse("VN/GOV/000.00.00.G01/csdl-dan-cu/citizen-lookup/v1");
 * }</pre>
 *
 * @param provider the provider's subsystem
 * @param serviceCode the service code, lower-case letters, digits and {@code -}
 * @param version the service's major version, {@code v1}
 * @since 0.1.0
 */
public record ServiceId(ClientId provider, String serviceCode, String version) {

  /**
   * Checks the parts.
   *
   * @param provider the provider's subsystem
   * @param serviceCode the service code, lower-case letters, digits and {@code -}
   * @param version the service's major version, {@code v1}
   * @throws NullPointerException if a part is null
   * @throws InvalidInputException with {@code INVALID_REQUEST_VALUE} if a part is malformed
   */
  public ServiceId {
    Objects.requireNonNull(provider, "provider");
    WireChecks.check("service.serviceCode", serviceCode, WireChecks.CODE);
    WireChecks.check("service.version", version, WireChecks.VERSION);
  }

  /**
   * Reads {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE/VERSION}.
   *
   * @param raw the identifier
   * @return the service id
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it is malformed
   */
  public static ServiceId parse(String raw) {
    String[] p = ClientId.split("service", raw, 6);
    return new ServiceId(new ClientId(p[0], p[1], AgencyCode.parse(p[2]), p[3]), p[4], p[5]);
  }

  /**
   * Returns {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE/VERSION}.
   *
   * @return the wire form
   */
  @Override
  public String toString() {
    return provider + "/" + serviceCode + '/' + version;
  }
}
