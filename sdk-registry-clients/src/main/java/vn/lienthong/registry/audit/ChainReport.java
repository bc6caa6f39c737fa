package vn.lienthong.registry.audit;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking an exchange log's hash chain: intact, or the first broken link.
 *
 * <p>A link is broken when an entry's sequence number is not the next one (an entry deleted,
 * inserted or moved), when its previous hash is not the hash of the entry before it, or when its
 * own hash does not match its fields (an entry edited). Removing entries from the end cannot be
 * seen in the file alone: compare {@link #lastHash()} with a hash kept elsewhere (the database
 * head, a printed or timestamped copy), or pass it to {@link
 * ExchangeLogVerifier#verify(java.nio.file.Path, String)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param intact whether every link holds
 * @param entriesChecked how many entries were read before the first broken link (all if intact)
 * @param brokenAtLine the 1-based line (or, from a database, position) of the first broken entry, 0
 *     if intact
 * @param problem what is wrong there, or null if intact
 * @param lastHash the hash of the last intact entry, 64 zeros for an empty log
 * @since 0.1.0
 */
public record ChainReport(
    boolean intact,
    long entriesChecked,
    long brokenAtLine,
    @Nullable String problem,
    String lastHash) {

  /**
   * Checks the report.
   *
   * @param intact whether every link holds
   * @param entriesChecked entries read
   * @param brokenAtLine the first broken line, 0 if intact
   * @param problem what is wrong, or null if intact
   * @param lastHash the last intact hash
   * @throws NullPointerException if {@code lastHash} is null
   * @throws IllegalArgumentException if {@code intact} disagrees with {@code problem}
   */
  public ChainReport {
    Objects.requireNonNull(lastHash, "lastHash");
    if (intact != (problem == null)) {
      throw new IllegalArgumentException("an intact chain has no problem, a broken one has one");
    }
  }

  /**
   * Returns what is wrong at the first broken link.
   *
   * @return the problem, if the chain is broken
   */
  public Optional<String> firstProblem() {
    return Optional.ofNullable(problem);
  }
}
