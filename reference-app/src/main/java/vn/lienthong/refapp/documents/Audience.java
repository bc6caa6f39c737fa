package vn.lienthong.refapp.documents;

/**
 * Who a rendered receipt is for, which decides how much personal data it shows.
 *
 * @since 0.1.0
 */
public enum Audience {
  /** The applicant's own copy: the full name and the masked personal id number. */
  APPLICANT,
  /** A copy anyone may see (a public status page): the name masked, no id number. */
  PUBLIC
}
