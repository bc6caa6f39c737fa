package vn.lienthong.registry.internal.audit;

import org.jspecify.annotations.Nullable;
import vn.lienthong.registry.audit.ChainReport;
import vn.lienthong.registry.audit.ExchangeEntry;

/** Checks exchange-log entries one after another and remembers the first broken link. */
public final class ChainChecker {

  private long expectedSequence;
  private String previousHash;
  private long checked;
  private @Nullable String problem;
  private long brokenAt;

  /** A checker for a whole log, from sequence 1 and the genesis hash. */
  public ChainChecker() {
    this(1, ExchangeEntry.GENESIS_HASH);
  }

  /**
   * A checker for a segment of a log.
   *
   * @param firstSequence the sequence number the first entry must have
   * @param previousHash the hash the first entry must link to
   */
  public ChainChecker(long firstSequence, String previousHash) {
    this.expectedSequence = firstSequence;
    this.previousHash = previousHash;
  }

  /**
   * Checks the next entry.
   *
   * @param line the 1-based line or position of the entry
   * @param e the entry
   * @return {@code false} once a link is broken (later entries are not checked)
   */
  public boolean accept(long line, ExchangeEntry e) {
    if (problem != null) {
      return false;
    }
    if (e.sequence() != expectedSequence) {
      return fail(
          line,
          "sequence "
              + e.sequence()
              + " where "
              + expectedSequence
              + " was expected: an entry was deleted, inserted or moved");
    }
    if (!e.previousHash().equals(previousHash)) {
      return fail(
          line,
          "previous hash does not match the hash of entry "
              + (expectedSequence - 1)
              + ": an entry before it was changed, deleted or inserted");
    }
    String computed =
        EntryHash.of(
            e.sequence(),
            e.messageId(),
            e.client(),
            e.service(),
            EntryHash.time(e.time()),
            e.status(),
            e.payloadSha256(),
            e.user(),
            e.note(),
            e.previousHash());
    if (!computed.equals(e.hash())) {
      return fail(line, "hash does not match the entry's fields: the entry was edited");
    }
    previousHash = e.hash();
    expectedSequence++;
    checked++;
    return true;
  }

  /**
   * Records a problem found outside the chain rules (an unreadable line).
   *
   * @param line the line
   * @param what the problem
   * @return {@code false}
   */
  public boolean fail(long line, String what) {
    if (problem == null) {
      problem = what;
      brokenAt = line;
    }
    return false;
  }

  /**
   * Returns the report so far, with an optional check of the last hash against an anchor.
   *
   * @param expectedLastHash the hash the last entry must have, or null
   * @param lines the number of lines read, for a failed anchor check
   * @return the report
   */
  public ChainReport report(@Nullable String expectedLastHash, long lines) {
    if (problem == null && expectedLastHash != null && !expectedLastHash.equals(previousHash)) {
      fail(
          lines + 1,
          "the last entry's hash is not the expected one: entries were removed from the end or the"
              + " log was replaced");
    }
    return new ChainReport(problem == null, checked, brokenAt, problem, previousHash);
  }
}
