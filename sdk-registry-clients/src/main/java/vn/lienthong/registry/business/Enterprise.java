package vn.lienthong.registry.business;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.registry.Address;

/**
 * An enterprise, branch, office, business location or household business as the business
 * registration database returns it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taxCode the tax code (mã số thuế), which is also the enterprise code
 * @param kind {@code enterprise}, {@code branch}, {@code representative-office}, {@code
 *     business-location} or {@code household-business}
 * @param name the registered name
 * @param status {@code active}, {@code suspended}, {@code dissolving}, {@code dissolved}, {@code
 *     bankrupt}, {@code certificate-revoked} or {@code not-at-address}
 * @param legalForm the legal form, or null
 * @param registeredOn the first registration date, or null
 * @param headOffice the head office address, or null
 * @param parentTaxCode for a branch, office or location, the enterprise it belongs to, or null
 * @param legalRepresentatives the legal representatives' names
 * @since 0.1.0
 */
public record Enterprise(
    TaxCode taxCode,
    String kind,
    String name,
    String status,
    @Nullable String legalForm,
    @Nullable LocalDate registeredOn,
    @Nullable Address headOffice,
    @Nullable TaxCode parentTaxCode,
    List<String> legalRepresentatives) {

  /**
   * Copies the list.
   *
   * @param taxCode the tax code
   * @param kind the kind
   * @param name the registered name
   * @param status the status
   * @param legalForm the legal form, or null
   * @param registeredOn the first registration date, or null
   * @param headOffice the head office address, or null
   * @param parentTaxCode the parent's tax code, or null
   * @param legalRepresentatives the legal representatives' names
   */
  public Enterprise {
    legalRepresentatives = List.copyOf(legalRepresentatives);
  }

  /**
   * Whether the enterprise may trade: its status is {@code active}.
   *
   * @return true if active
   */
  public boolean active() {
    return status.equals("active");
  }
}
