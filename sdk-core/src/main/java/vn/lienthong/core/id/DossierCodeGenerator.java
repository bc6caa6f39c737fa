package vn.lienthong.core.id;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;

/**
 * Issues dossier codes: the receiving agency, today's date in Viet Nam and the next number from a
 * {@link DossierSequenceSource}, written in a {@link DossierCodeFormat}.
 *
 * <p>Codes are unique per agency and day as far as the sequence source is: with a {@link
 * JdbcDossierSequenceSource} on a shared database, across threads, nodes and restarts. The date is
 * the clock's instant in {@code Asia/Ho_Chi_Minh}, whatever the clock's own zone. When a day's
 * numbers run out ({@code 9999} with {@code {seq:4}}) it fails with {@link
 * CoreErrorCode#DOSSIER_SEQUENCE_EXHAUSTED}; it never wraps around.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * DossierCodeGenerator generator =
 *     DossierCodeGenerator.builder()
 *         .sequenceSource(JdbcDossierSequenceSource.builder(dataSource).build())
 *         .build();
 * DossierCode code = generator.next(AgencyCode.parse("000.00.01.H22"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DossierCodeGenerator {

  /** The zone in which receipt dates are counted. */
  public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final DossierSequenceSource source;
  private final DossierCodeFormat format;
  private final Clock clock;

  private DossierCodeGenerator(
      DossierSequenceSource source, DossierCodeFormat format, Clock clock) {
    this.source = source;
    this.format = format;
    this.clock = clock;
  }

  /**
   * Starts a builder.
   *
   * @return a builder with the default format and the system clock
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Issues the next dossier code of an agency for today.
   *
   * @param agency the receiving agency
   * @return a new code, never issued before by a generator sharing the sequence store
   * @throws NullPointerException if {@code agency} is null
   * @throws LienThongException with {@link CoreErrorCode#DOSSIER_SEQUENCE_EXHAUSTED} when the day's
   *     numbers run out, or the sequence source's exception
   * @since 0.1.0
   */
  public DossierCode next(AgencyCode agency) {
    Objects.requireNonNull(agency, "agency");
    LocalDate today = LocalDate.ofInstant(clock.instant(), VIET_NAM);
    if (!format.supports(today)) {
      throw new ConfigurationException(
          CoreErrorCode.INVALID_CONFIGURATION,
          ErrorDetails.field("dossierCodeFormat")
              .rule("dossier-code-format.year-range")
              .rejectedValue(format.pattern()),
          null);
    }
    long sequence = source.next(agency, today);
    if (sequence > format.maxSequence()) {
      throw new LienThongException(
          CoreErrorCode.DOSSIER_SEQUENCE_EXHAUSTED,
          ErrorDetails.field("sequence")
              .rule("dossier-sequence.exhausted")
              .with("agency", agency)
              .with("date", today)
              .with("max", format.maxSequence())
              .with("format", format.pattern()));
    }
    if (sequence < 1) {
      throw new ConfigurationException(
          CoreErrorCode.INVALID_CONFIGURATION,
          ErrorDetails.field("sequenceSource")
              .rule("dossier-sequence.positive")
              .rejectedValue(Long.toString(sequence)),
          null);
    }
    return new DossierCode(agency, today, sequence, format);
  }

  /**
   * Returns the format of the codes issued.
   *
   * @return the format
   * @since 0.1.0
   */
  public DossierCodeFormat format() {
    return format;
  }

  /**
   * Builds a {@link DossierCodeGenerator}.
   *
   * <p>Not thread-safe; use it on one thread, then share what it builds.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable DossierSequenceSource source;
    private DossierCodeFormat format = DossierCodeFormat.DEFAULT;
    private Clock clock = Clock.system(VIET_NAM);

    private Builder() {}

    /**
     * Sets where sequence numbers come from (required).
     *
     * @param source the sequence source
     * @return this builder
     * @throws NullPointerException if {@code source} is null
     * @since 0.1.0
     */
    public Builder sequenceSource(DossierSequenceSource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the format; the default is {@link DossierCodeFormat#DEFAULT}.
     *
     * @param format the format
     * @return this builder
     * @throws NullPointerException if {@code format} is null
     * @since 0.1.0
     */
    public Builder format(DossierCodeFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the clock; only its instant is used, the date is taken in Viet Nam.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     * @since 0.1.0
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the generator.
     *
     * @return the generator
     * @throws IllegalStateException if no sequence source was set
     * @since 0.1.0
     */
    public DossierCodeGenerator build() {
      if (source == null) {
        throw new IllegalStateException("sequenceSource required");
      }
      return new DossierCodeGenerator(source, format, clock);
    }
  }
}
