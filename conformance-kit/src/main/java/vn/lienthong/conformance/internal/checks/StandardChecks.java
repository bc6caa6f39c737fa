package vn.lienthong.conformance.internal.checks;

import vn.lienthong.conformance.CheckRegistry;

/** The kit's own checks, every check of the standard catalogue. Stateless and thread-safe. */
public final class StandardChecks {

  private StandardChecks() {}

  /**
   * Adds the kit's checks to a registry builder and declares the rest pending.
   *
   * @param builder the builder
   * @return the builder
   */
  public static CheckRegistry.Builder register(CheckRegistry.Builder builder) {
    builder.add(new ProblemDetailsCheck());
    builder.add(new PublicLookupCheck());
    builder.add(new ErrorEchoCheck());
    builder.add(new MaskedNamesCheck());
    for (WalkthroughCheck.Kind k : WalkthroughCheck.Kind.values()) {
      builder.add(new WalkthroughCheck(k));
    }
    builder.add(new RedeliveryCheck());
    for (PortalSyncCheck.Kind k : PortalSyncCheck.Kind.values()) {
      builder.add(new PortalSyncCheck(k));
    }
    builder.add(new PortalRetryCheck());
    builder.add(new OutageCheck());
    builder.add(new ReceiptChecks(true));
    builder.add(new ReceiptChecks(false));
    for (PadesCheck.Kind k : PadesCheck.Kind.values()) {
      builder.add(new PadesCheck(k));
    }
    for (HostileProviderCheck.Kind k : HostileProviderCheck.Kind.values()) {
      builder.add(new HostileProviderCheck(k));
    }
    builder.add(new JurisdictionCheck());
    builder.add(new Decree30AppearanceCheck());
    for (EdxmlCheck.Kind k : EdxmlCheck.Kind.values()) {
      builder.add(new EdxmlCheck(k));
    }
    builder.add(new StatusMessagesCheck());
    builder.add(new ExchangeLogCheck());
    // A check added to the catalogue fails CheckRegistry.verify until it is implemented here or
    // declared pending with builder.pending(id, why).
    return builder;
  }
}
