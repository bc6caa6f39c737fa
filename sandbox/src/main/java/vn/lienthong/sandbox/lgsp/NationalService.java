package vn.lienthong.sandbox.lgsp;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * The simulated national services behind the sandbox's LGSP gateway, each with its path prefix on
 * the sandbox server and the name the admin endpoints use.
 *
 * @since 0.1.0
 */
public enum NationalService {
  /** Population registry (CSDLQG về dân cư): {@code contracts/registry/population.yaml}. */
  POPULATION("population", "/registry/population"),
  /** Business registration: {@code contracts/registry/business.yaml}. */
  BUSINESS("business", "/registry/business"),
  /** Civil status (hộ tịch): {@code contracts/registry/civil-status.yaml}. */
  CIVIL_STATUS("civil-status", "/registry/civil-status"),
  /** Land parcels (đất đai): {@code contracts/registry/land.yaml}. */
  LAND("land", "/registry/land"),
  /** National Public Service Portal sync: {@code contracts/portal/portal-sync.yaml}. */
  PORTAL("portal", "/portal"),
  /** Document exchange hub (edXML): {@code contracts/exchange/document-exchange.yaml}. */
  EXCHANGE("exchange", "/exchange"),
  /** LGSP token endpoint: {@code contracts/lgsp/token.yaml}. */
  LGSP_TOKEN("lgsp-token", "/lgsp");

  private final String id;
  private final String prefix;

  NationalService(String id, String prefix) {
    this.id = id;
    this.prefix = prefix;
  }

  /**
   * Returns the name used by the admin endpoints.
   *
   * @return for example {@code civil-status}
   * @since 0.1.0
   */
  public String id() {
    return id;
  }

  /**
   * Returns the path prefix on the sandbox server.
   *
   * @return for example {@code /registry/population}
   * @since 0.1.0
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Returns the service with an admin name.
   *
   * @param id the name, such as {@code portal}
   * @return the service
   * @throws InvalidInputException if no service has that name ({@link
   *     SandboxErrorCode#NATIONAL_SERVICE_UNKNOWN})
   * @since 0.1.0
   */
  public static NationalService ofId(String id) {
    for (NationalService s : values()) {
      if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new InvalidInputException(
        SandboxErrorCode.NATIONAL_SERVICE_UNKNOWN,
        ErrorDetails.field("service")
            .rule("known")
            .rejectedValue(id)
            .with(
                "known",
                Arrays.stream(values())
                    .map(NationalService::id)
                    .collect(Collectors.joining(", "))));
  }
}
