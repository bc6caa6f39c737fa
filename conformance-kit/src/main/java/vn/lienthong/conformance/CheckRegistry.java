package vn.lienthong.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.lienthong.conformance.internal.checks.StandardChecks;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;

/**
 * The checks a run can use, by id: implemented {@link Check}s and checks declared as not yet
 * implemented (reported as {@link Outcome#SKIPPED} with the declared reason).
 *
 * <p>{@link #verify} fails fast when the catalogue names a check that is neither, or a check is
 * registered for another requirement than the catalogue gives it to, so catalogue and code cannot
 * drift apart silently. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * CheckRegistry registry = CheckRegistry.standard().toBuilder()
 *     .add(myExtraCheck)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckRegistry {

  private final Map<String, Check> checks;
  private final Map<String, Text> pending;

  private CheckRegistry(Builder b) {
    this.checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.checks));
    this.pending = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.pending));
  }

  /**
   * Returns the kit's own checks, verified against the standard catalogue.
   *
   * @return the registry
   */
  public static CheckRegistry standard() {
    return StandardChecks.register(builder()).build();
  }

  /**
   * Starts an empty registry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this registry's checks.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.checks.putAll(checks);
    b.pending.putAll(pending);
    return b;
  }

  /**
   * Finds an implemented check.
   *
   * @param id the check id
   * @return the check, empty if none is implemented under that id
   */
  public Optional<Check> find(String id) {
    return Optional.ofNullable(checks.get(id));
  }

  /**
   * Returns why a check is not yet implemented.
   *
   * @param id the check id
   * @return the declared reason, empty if the check is not declared pending
   */
  public Optional<Text> pendingReason(String id) {
    return Optional.ofNullable(pending.get(id));
  }

  /**
   * Returns the ids of the implemented checks.
   *
   * @return the ids, in registration order
   */
  public java.util.Set<String> implemented() {
    return checks.keySet();
  }

  /**
   * Checks that every check the catalogue names is implemented or declared pending, and that every
   * implemented check verifies the requirement the catalogue gives it to.
   *
   * @param catalogue the catalogue
   * @return this registry
   * @throws ConfigurationException {@code LT-CONF-0101} for a check nobody implements, {@code
   *     LT-CONF-0102} for a check registered under another requirement or unknown to the catalogue
   */
  public CheckRegistry verify(RequirementCatalogue catalogue) {
    Map<String, String> owner = new LinkedHashMap<>();
    for (Requirement r : catalogue.all()) {
      for (String id : r.checks()) {
        owner.put(id, r.id());
        if (!checks.containsKey(id) && !pending.containsKey(id)) {
          throw new ConfigurationException(
              ConformanceErrorCode.CHECK_NOT_IMPLEMENTED,
              ErrorDetails.field(r.id()).rejectedValue(id),
              null);
        }
      }
    }
    for (Check c : checks.values()) {
      String expected = owner.get(c.id());
      if (expected == null) {
        throw invalid(c.id(), "the catalogue names no such check");
      }
      if (!expected.equals(c.requirement())) {
        throw invalid(
            c.id(),
            "it verifies " + c.requirement() + " but the catalogue lists it under " + expected);
      }
    }
    return this;
  }

  private static ConfigurationException invalid(String id, String rule) {
    return new ConfigurationException(
        ConformanceErrorCode.CHECK_REGISTRATION_INVALID,
        ErrorDetails.field("check").rule(rule).rejectedValue(id),
        null);
  }

  @Override
  public String toString() {
    return "CheckRegistry[" + checks.size() + " checks, " + pending.size() + " pending]";
  }

  /**
   * Builds {@link CheckRegistry}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final Map<String, Text> pending = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a check, replacing a pending declaration of the same id.
     *
     * @param check the check
     * @return this builder
     * @throws ConfigurationException {@code LT-CONF-0102} if a check with that id is already
     *     registered
     */
    public Builder add(Check check) {
      Objects.requireNonNull(check, "check");
      if (checks.containsKey(check.id())) {
        throw invalid(check.id(), "a check with this id is already registered");
      }
      pending.remove(check.id());
      checks.put(check.id(), check);
      return this;
    }

    /**
     * Declares a check of the catalogue as not yet implemented; runs report it as skipped with this
     * reason.
     *
     * @param id the check id
     * @param reason why, in Vietnamese and English
     * @return this builder
     * @throws ConfigurationException {@code LT-CONF-0102} if the check is implemented
     */
    public Builder pending(String id, Text reason) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
      if (checks.containsKey(id)) {
        throw invalid(id, "the check is implemented and cannot be declared pending");
      }
      pending.put(id, reason);
      return this;
    }

    /**
     * Builds the registry (verified against a catalogue only by {@link CheckRegistry#verify}).
     *
     * @return the registry
     */
    public CheckRegistry build() {
      return new CheckRegistry(this);
    }
  }
}
