package vn.lienthong.registry;

import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.internal.bus.WireChecks;

/**
 * A bus client subsystem, {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM}, as in the X-Road message
 * protocol; MEMBER is the agency electronic identifier (mã định danh điện tử).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ClientId me = ClientId.parse("VN/GOV/000.00.01.H22/mot-cua-xa");
 * }</pre>
 *
 * @param instance the bus instance, {@code VN} in production, {@code VN-TEST}, {@code VN-DEV}
 * @param memberClass the member class, {@code GOV} for state bodies
 * @param member the agency code
 * @param subsystem the agency's system, lower-case letters, digits and {@code -}
 * @since 0.1.0
 */
public record ClientId(String instance, String memberClass, AgencyCode member, String subsystem) {

  /**
   * Checks the parts.
   *
   * @param instance the bus instance, {@code VN} in production, {@code VN-TEST}, {@code VN-DEV}
   * @param memberClass the member class, {@code GOV} for state bodies
   * @param member the agency code
   * @param subsystem the agency's system, lower-case letters, digits and {@code -}
   * @throws NullPointerException if a part is null
   * @throws InvalidInputException with {@code INVALID_REQUEST_VALUE} if a part is malformed
   */
  public ClientId {
    WireChecks.check("client.instance", instance, WireChecks.INSTANCE);
    WireChecks.check("client.memberClass", memberClass, WireChecks.MEMBER_CLASS);
    Objects.requireNonNull(member, "member");
    WireChecks.check("client.subsystem", subsystem, WireChecks.CODE);
  }

  /**
   * Reads {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM}.
   *
   * @param raw the identifier
   * @return the client id
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it is malformed
   */
  public static ClientId parse(String raw) {
    String[] parts = split("client", raw, 4);
    return new ClientId(parts[0], parts[1], AgencyCode.parse(parts[2]), parts[3]);
  }

  /**
   * Names a service of this subsystem.
   *
   * @param serviceCode the service code, lower-case letters, digits and {@code -}
   * @param version the major version, {@code v1}
   * @return the service id
   * @throws InvalidInputException if a part is malformed
   */
  public ServiceId service(String serviceCode, String version) {
    return new ServiceId(this, serviceCode, version);
  }

  /**
   * Returns {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM}.
   *
   * @return the wire form
   */
  @Override
  public String toString() {
    return instance + '/' + memberClass + '/' + member.value() + '/' + subsystem;
  }

  static String[] split(String field, String raw, int count) {
    Objects.requireNonNull(raw, field);
    if (raw.length() > 240) {
      throw WireChecks.invalid(field, raw, "longer than 240 characters");
    }
    String[] parts = raw.split("/", -1);
    if (parts.length != count) {
      throw WireChecks.invalid(field, raw, count + " parts separated by /");
    }
    return parts;
  }
}
