package vn.lienthong.core.id;

import java.time.LocalDate;

/**
 * Where a {@link DossierCodeGenerator} gets its daily sequence numbers: the service provider
 * interface that makes dossier codes unique across threads, nodes and restarts.
 *
 * <p>Implementations must be thread-safe and must return, for each agency and day, 1 then 2, 3 and
 * so on, never the same number twice to any caller sharing the same store. {@link
 * InMemoryDossierSequenceSource} keeps numbers in memory (one process, lost on restart); {@link
 * JdbcDossierSequenceSource} keeps them in a database shared by every node.
 *
 * <pre>{@code
 * DossierSequenceSource source = JdbcDossierSequenceSource.builder(dataSource).build();
 * long n = source.next(agency, LocalDate.of(2025, 7, 1));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface DossierSequenceSource {

  /**
   * Returns the next sequence number of an agency for a day.
   *
   * @param agency the agency
   * @param receiptDate the day, in Viet Nam
   * @return the next number, from 1
   * @throws vn.lienthong.core.LienThongException if the store fails
   * @since 0.1.0
   */
  long next(AgencyCode agency, LocalDate receiptDate);
}
