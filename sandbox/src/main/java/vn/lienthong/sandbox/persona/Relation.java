package vn.lienthong.sandbox.persona;

import java.util.Objects;

/**
 * A family relation to another persona, for seeding civil-status and population data. Instances are
 * immutable and thread-safe.
 *
 * @param kind what the other persona is to this one
 * @param personaId the other persona's id
 * @since 0.1.0
 */
public record Relation(RelationKind kind, String personaId) {

  /**
   * Checks the parts.
   *
   * @param kind the kind
   * @param personaId the other persona
   * @throws NullPointerException if a part is null
   */
  public Relation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(personaId, "personaId");
  }
}
