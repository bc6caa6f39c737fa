package vn.lienthong.core.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.core.internal.contracts.ContractIndex;
import vn.lienthong.core.internal.contracts.OperationModel;

/**
 * One bundled contract file: its name, version, title and operations.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Contract portal = Contracts.bundled().contract("portal/portal-sync");
 * portal.version();                         // "1.0.0"
 * portal.operation("syncDossiers").get().path();   // "/DongBoHoSoMC"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Contract {

  private final ContractIndex.Entry entry;

  Contract(ContractIndex.Entry entry) {
    this.entry = entry;
  }

  /**
   * Returns the contract's name: its path under {@code contracts/} without extension.
   *
   * @return for example {@code registry/population}
   */
  public String name() {
    return entry.name();
  }

  /**
   * Returns the contract's version, {@code info.version}.
   *
   * @return for example {@code 1.0.0}
   */
  public String version() {
    return entry.version();
  }

  /**
   * Returns the contract's title, {@code info.title}.
   *
   * @return the title
   */
  public String title() {
    return entry.title();
  }

  /**
   * Returns the classpath resource holding the contract, for serving or reading it.
   *
   * @return for example {@code /contracts/registry/population.yaml}
   */
  public String resourcePath() {
    return "/contracts/" + entry.file();
  }

  /**
   * Returns the contract's operations, in file order; empty for component-only files such as {@code
   * bus/envelope}.
   *
   * @return an unmodifiable list
   */
  public List<ContractOperation> operations() {
    List<ContractOperation> list = new ArrayList<>();
    for (OperationModel m : entry.operations().values()) {
      list.add(m.operation());
    }
    return List.copyOf(list);
  }

  /**
   * Returns one operation.
   *
   * @param operationId the operation id, such as {@code lookupCitizen}
   * @return the operation, or empty if the contract has none with that id
   * @throws NullPointerException if {@code operationId} is null
   */
  public Optional<ContractOperation> operation(String operationId) {
    OperationModel m = entry.operations().get(java.util.Objects.requireNonNull(operationId));
    return m == null ? Optional.empty() : Optional.of(m.operation());
  }

  Map<String, OperationModel> models() {
    return entry.operations();
  }

  ContractIndex.Entry entry() {
    return entry;
  }

  @Override
  public String toString() {
    return "Contract[" + entry.name() + " " + entry.version() + "]";
  }
}
