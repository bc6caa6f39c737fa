package vn.lienthong.refapp.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a dossier's audit trail: who did what, when, chained to the previous entry by hash.
 *
 * <p>Immutable and thread-safe. The detail never holds unmasked personal data.
 *
 * @param seq the position in the dossier's trail, from 0
 * @param at when it happened
 * @param actor who did it ({@code officer:<id>}, {@code citizen}, {@code portal}, {@code system})
 * @param type what happened ({@code submitted}, {@code status}, {@code supplement-delivered},
 *     {@code result-issued})
 * @param detail a short description, masked
 * @param previousHash the previous entry's hash (64 zeros for the first)
 * @param hash this entry's hash
 * @since 0.1.0
 */
public record AuditEvent(
    int seq,
    Instant at,
    String actor,
    String type,
    String detail,
    String previousHash,
    String hash) {

  /**
   * Checks the parts.
   *
   * @param seq the position
   * @param at when
   * @param actor who
   * @param type what
   * @param detail the description
   * @param previousHash the previous hash
   * @param hash this hash
   * @throws NullPointerException if a part is null
   */
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }
}
