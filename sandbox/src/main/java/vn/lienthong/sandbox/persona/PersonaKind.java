package vn.lienthong.sandbox.persona;

/**
 * What a persona is: a citizen (or an enterprise representative) who logs in at the citizen
 * issuers, a newborn not yet registered (no personal id, cannot log in; the subject of a birth
 * registration), or an officer who logs in at the officer SSO. Enum constants are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum PersonaKind {
  /** A person with a VNeID account (citizen or enterprise representative). */
  CITIZEN,
  /** A newborn whose birth is not registered yet: no personal id, no account. */
  NEWBORN,
  /** A commune or provincial officer (cán bộ, công chức). */
  OFFICER
}
