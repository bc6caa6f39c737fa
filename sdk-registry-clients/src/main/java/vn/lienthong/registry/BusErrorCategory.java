package vn.lienthong.registry;

import java.util.Optional;

/**
 * The error taxonomy shared by the bus client and every provider ({@code ErrorCategory} of {@code
 * contracts/bus/envelope.yaml}).
 *
 * @since 0.1.0
 */
public enum BusErrorCategory {
  /** Client or protocol error: the request, or the response, breaks the protocol. Not retried. */
  CLIENT("client"),
  /** Missing, expired or refused credentials. Not retried (except once after a new token). */
  AUTHENTICATION("authentication"),
  /** The bus cannot route to the service or version. Not retried. */
  ROUTING("routing"),
  /** The provider is unreachable, timed out or unavailable. Retried with the same message id. */
  PROVIDER_DOWN("provider-down"),
  /** The bus itself failed. Retried with the same message id. */
  BUS_INTERNAL("bus-internal"),
  /** The provider refused the request for a business reason. Not retried. */
  BUSINESS("business");

  private final String wireName;

  BusErrorCategory(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name used in problem details.
   *
   * @return for example {@code provider-down}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Reads a category from problem details.
   *
   * @param wireName for example {@code provider-down}
   * @return the category, or empty if unknown
   */
  public static Optional<BusErrorCategory> fromWireName(String wireName) {
    for (BusErrorCategory c : values()) {
      if (c.wireName.equals(wireName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether calls failing in this category are worth retrying with the same message id.
   *
   * @return true for {@link #PROVIDER_DOWN} and {@link #BUS_INTERNAL}
   */
  public boolean transientFailure() {
    return this == PROVIDER_DOWN || this == BUS_INTERNAL;
  }
}
