package vn.lienthong.sandbox.lgsp;

import java.time.Duration;
import java.util.Objects;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * The faults one simulated national service injects: added latency, a share of 503 answers, a share
 * of dropped connections, slow bodies, and a "flapping" mode that mixes all of them at random.
 * Randomness comes from {@link #seed()}, so a run with the same seed and the same request order
 * sees the same faults. Immutable and thread-safe.
 *
 * <pre>{@code
 * sandbox.lgsp().faults(NationalService.PORTAL,
 *     FaultSettings.builder().serverErrorRate(0.2).dropRate(0.1).seed(42).build());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FaultSettings {

  /** The longest latency or slow-body time accepted. */
  public static final Duration MAX_DELAY = Duration.ofSeconds(60);

  /** No faults: every call is answered at once. */
  public static final FaultSettings NONE = builder().build();

  private final Duration latency;
  private final double serverErrorRate;
  private final double dropRate;
  private final Duration slowBody;
  private final boolean flapping;
  private final long seed;

  private FaultSettings(Builder b) {
    this.latency = b.latency;
    this.serverErrorRate = b.serverErrorRate;
    this.dropRate = b.dropRate;
    this.slowBody = b.slowBody;
    this.flapping = b.flapping;
    this.seed = b.seed;
  }

  /**
   * Returns a builder with no faults and seed 0.
   *
   * @return the builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these settings.
   *
   * @return the builder
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder()
        .latency(latency)
        .serverErrorRate(serverErrorRate)
        .dropRate(dropRate)
        .slowBody(slowBody)
        .flapping(flapping)
        .seed(seed);
  }

  /**
   * Returns the delay added before every answer.
   *
   * @return the latency, zero for none
   * @since 0.1.0
   */
  public Duration latency() {
    return latency;
  }

  /**
   * Returns the share of calls answered 503 ({@code LT-BUS-0303}) without being processed.
   *
   * @return 0 to 1
   * @since 0.1.0
   */
  public double serverErrorRate() {
    return serverErrorRate;
  }

  /**
   * Returns the share of calls whose connection is closed without an answer; half of them are
   * dropped before processing and half after, so a client cannot tell whether the call took effect.
   *
   * @return 0 to 1
   * @since 0.1.0
   */
  public double dropRate() {
    return dropRate;
  }

  /**
   * Returns the time over which every answer body is written, in small pieces.
   *
   * @return the duration, zero for normal bodies
   * @since 0.1.0
   */
  public Duration slowBody() {
    return slowBody;
  }

  /**
   * Tells whether flapping is on: each call independently gets no fault, a 503, a drop before or
   * after processing, 50 ms latency or a slow body, in equal shares.
   *
   * @return true when flapping
   * @since 0.1.0
   */
  public boolean flapping() {
    return flapping;
  }

  /**
   * Returns the seed of the fault random source.
   *
   * @return the seed
   * @since 0.1.0
   */
  public long seed() {
    return seed;
  }

  /**
   * Tells whether these settings inject nothing.
   *
   * @return true for no faults
   * @since 0.1.0
   */
  public boolean isNone() {
    return latency.isZero()
        && serverErrorRate == 0
        && dropRate == 0
        && slowBody.isZero()
        && !flapping;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FaultSettings f
        && latency.equals(f.latency)
        && serverErrorRate == f.serverErrorRate
        && dropRate == f.dropRate
        && slowBody.equals(f.slowBody)
        && flapping == f.flapping
        && seed == f.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(latency, serverErrorRate, dropRate, slowBody, flapping, seed);
  }

  @Override
  public String toString() {
    return "FaultSettings[latency="
        + latency.toMillis()
        + "ms, serverErrorRate="
        + serverErrorRate
        + ", dropRate="
        + dropRate
        + ", slowBody="
        + slowBody.toMillis()
        + "ms, flapping="
        + flapping
        + ", seed="
        + seed
        + "]";
  }

  /**
   * Builds {@link FaultSettings}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private Duration latency = Duration.ZERO;
    private double serverErrorRate;
    private double dropRate;
    private Duration slowBody = Duration.ZERO;
    private boolean flapping;
    private long seed;

    private Builder() {}

    /**
     * Sets the delay added before every answer.
     *
     * @param latency zero to {@link #MAX_DELAY}
     * @return this builder
     * @throws InvalidInputException if out of range ({@link
     *     SandboxErrorCode#FAULT_SETTINGS_INVALID})
     */
    public Builder latency(Duration latency) {
      this.latency = delay("latency", latency);
      return this;
    }

    /**
     * Sets the share of calls answered 503.
     *
     * @param rate 0 to 1
     * @return this builder
     * @throws InvalidInputException if out of range ({@link
     *     SandboxErrorCode#FAULT_SETTINGS_INVALID})
     */
    public Builder serverErrorRate(double rate) {
      this.serverErrorRate = rate("serverErrorRate", rate);
      return this;
    }

    /**
     * Sets the share of calls whose connection is dropped.
     *
     * @param rate 0 to 1
     * @return this builder
     * @throws InvalidInputException if out of range ({@link
     *     SandboxErrorCode#FAULT_SETTINGS_INVALID})
     */
    public Builder dropRate(double rate) {
      this.dropRate = rate("dropRate", rate);
      return this;
    }

    /**
     * Sets the time over which answer bodies are written.
     *
     * @param slowBody zero to {@link #MAX_DELAY}
     * @return this builder
     * @throws InvalidInputException if out of range ({@link
     *     SandboxErrorCode#FAULT_SETTINGS_INVALID})
     */
    public Builder slowBody(Duration slowBody) {
      this.slowBody = delay("slowBody", slowBody);
      return this;
    }

    /**
     * Turns flapping on or off.
     *
     * @param flapping true to mix every fault at random
     * @return this builder
     */
    public Builder flapping(boolean flapping) {
      this.flapping = flapping;
      return this;
    }

    /**
     * Sets the seed of the fault random source.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws InvalidInputException if the rates add up to more than 1 ({@link
     *     SandboxErrorCode#FAULT_SETTINGS_INVALID})
     */
    public FaultSettings build() {
      if (serverErrorRate + dropRate > 1.0) {
        throw invalid("serverErrorRate+dropRate", "sum-at-most-1", serverErrorRate + dropRate);
      }
      return new FaultSettings(this);
    }

    private static Duration delay(String field, Duration d) {
      Objects.requireNonNull(d, field);
      if (d.isNegative() || d.compareTo(MAX_DELAY) > 0) {
        throw invalid(field, "range", d);
      }
      return d;
    }

    private static double rate(String field, double r) {
      if (!(r >= 0 && r <= 1)) {
        throw invalid(field, "range-0-1", r);
      }
      return r;
    }

    private static InvalidInputException invalid(String field, String rule, Object value) {
      return new InvalidInputException(
          SandboxErrorCode.FAULT_SETTINGS_INVALID,
          ErrorDetails.field(field).rule(rule).rejectedValue(String.valueOf(value)));
    }
  }
}
