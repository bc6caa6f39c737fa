package vn.lienthong.conformance.internal.checks;

import java.util.List;
import vn.lienthong.conformance.CheckRegistry;
import vn.lienthong.conformance.Text;

/**
 * The kit's own checks, and every other check of the standard catalogue declared as not yet
 * implemented. Stateless and thread-safe.
 */
public final class StandardChecks {

  private static final Text NEEDS_COMMUNE_API =
      new Text(
          "Chưa cài đặt: phép kiểm tra này cần kịch bản qua Commune API (phiên bản sau của bộ công"
              + " cụ).",
          "Not implemented yet: needs the Commune API scenarios (a later kit increment).");

  private static final Text NEEDS_APPEARANCE =
      new Text(
          "Chưa cài đặt: kiểm tra hình thức chữ ký theo Nghị định 30 cần người xem hoặc đối chiếu"
              + " hình ảnh (phiên bản sau).",
          "Not implemented yet: judging the Decree 30 appearance needs image analysis (later).");

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
    builder.add(new ReceiptChecks(true));
    builder.add(new ReceiptChecks(false));
    for (PadesCheck.Kind k : PadesCheck.Kind.values()) {
      builder.add(new PadesCheck(k));
    }
    // Declared one by one, so a check added to the catalogue fails CheckRegistry.verify until
    // it is implemented or declared here.
    for (String id :
        List.of(
            "life.portal-updates.every-change-synced",
            "life.portal-updates.field-formats",
            "life.portal-updates.ordered-per-dossier",
            "life.portal-updates.retries-reuse-message-id",
            "idn.hostile-provider.bad-signature",
            "idn.hostile-provider.alg-none",
            "idn.hostile-provider.wrong-issuer",
            "idn.hostile-provider.wrong-audience",
            "idn.hostile-provider.expired",
            "idn.hostile-provider.wrong-nonce",
            "idn.jurisdiction.cross-commune-denied",
            "exc.edxml.structure",
            "exc.edxml.signature",
            "exc.status-messages.sequence",
            "rob.outage.updates-delivered-after-recovery",
            "aud.exchange-log.verifiable")) {
      builder.pending(id, NEEDS_COMMUNE_API);
    }
    builder.pending("sig.result.decree30-appearance", NEEDS_APPEARANCE);
    // Registered after the pending declarations, which add() replaces.
    for (HostileProviderCheck.Kind k : HostileProviderCheck.Kind.values()) {
      builder.add(new HostileProviderCheck(k));
    }
    builder.add(new JurisdictionCheck());
    builder.add(new Decree30AppearanceCheck());
    return builder;
  }
}
