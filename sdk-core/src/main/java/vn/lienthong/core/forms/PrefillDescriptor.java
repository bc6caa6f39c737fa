package vn.lienthong.core.forms;

import java.util.Objects;

/**
 * Says that a form field is filled from a registry record rather than typed by the citizen
 * (once-only: "citizens give data once").
 *
 * <p>Declared in each schema under {@code x-lienthong-prefill}: {@code {"pointer":
 * "/requester/fullName", "registry": "population", "field": "HoVaTen", "key": "citizen"}}.
 * Instances are immutable and thread-safe.
 *
 * @param pointer the JSON Pointer of the form field to fill
 * @param registry the registry holding the record, for example {@code population} (national
 *     population database)
 * @param field the field of the registry record, for example {@code HoVaTen}
 * @param key how the record is found: {@code citizen} for the logged-in citizen's personal id, or
 *     the JSON Pointer of a personal id elsewhere in the form (for example {@code
 *     /mother/personalIdNumber})
 * @since 0.1.0
 */
public record PrefillDescriptor(String pointer, String registry, String field, String key) {

  /** The key meaning "look up by the logged-in citizen's personal id". */
  public static final String LOGGED_IN_CITIZEN = "citizen";

  /**
   * Creates a descriptor.
   *
   * @param pointer the form field
   * @param registry the registry
   * @param field the registry field
   * @param key the lookup key
   * @throws NullPointerException if any component is null
   */
  public PrefillDescriptor {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(key, "key");
  }

  /**
   * Returns whether the record is looked up by the logged-in citizen's personal id.
   *
   * @return true when {@link #key()} is {@value #LOGGED_IN_CITIZEN}
   */
  public boolean byLoggedInCitizen() {
    return LOGGED_IN_CITIZEN.equals(key);
  }
}
