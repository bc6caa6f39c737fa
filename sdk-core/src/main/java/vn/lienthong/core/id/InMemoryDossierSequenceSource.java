package vn.lienthong.core.id;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link DossierSequenceSource} in memory: unique within one process, forgotten on restart. For
 * tests, demos and single-node tools; production systems use {@link JdbcDossierSequenceSource}.
 *
 * <p>Instances are thread-safe; share one per process. Counters are kept for every agency and day
 * seen; {@link #forgetBefore(LocalDate)} drops old days.
 *
 * <pre>{@code
 * DossierSequenceSource source = InMemoryDossierSequenceSource.create();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InMemoryDossierSequenceSource implements DossierSequenceSource {

  private record Key(AgencyCode agency, LocalDate date) {}

  private final ConcurrentMap<Key, AtomicLong> counters = new ConcurrentHashMap<>();

  private InMemoryDossierSequenceSource() {}

  /**
   * Creates an empty source.
   *
   * @return a new source whose numbers all start at 1
   * @since 0.1.0
   */
  public static InMemoryDossierSequenceSource create() {
    return new InMemoryDossierSequenceSource();
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if an argument is null
   */
  @Override
  public long next(AgencyCode agency, LocalDate receiptDate) {
    Key key = new Key(Objects.requireNonNull(agency), Objects.requireNonNull(receiptDate));
    return counters.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }

  /**
   * Drops the counters of days before a date, which can no longer be used.
   *
   * @param date the first day to keep
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public void forgetBefore(LocalDate date) {
    Objects.requireNonNull(date, "date");
    counters.keySet().removeIf(k -> k.date().isBefore(date));
  }
}
