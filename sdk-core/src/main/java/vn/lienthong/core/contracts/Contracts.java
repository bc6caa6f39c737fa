package vn.lienthong.core.contracts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.contracts.ContractDocuments;
import vn.lienthong.core.internal.contracts.ContractIndex;

/**
 * The contracts bundled in this jar under {@code contracts/}: the bus envelope, the national
 * registries, the portal sync, the document exchange and the LGSP token endpoint.
 *
 * <p>Files are parsed once, on first use of {@link #bundled()}. A contract is named by its path
 * without extension ({@code registry/population}) and versioned by {@code info.version}; an
 * incompatible version lives in its own file ({@code registry/population-v2}), so asking for
 * version {@code 2} of {@code registry/population} finds that file. Instances are immutable and
 * thread-safe; use the shared {@link #bundled()} instance.
 *
 * <pre>{@code
 * Contracts contracts = Contracts.bundled();
 * for (ContractOperation op : contracts.contract("portal/portal-sync").operations()) {
 *   System.out.println(op.method() + " " + op.path() + " " + op.ref());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Contracts {

  private static final Pattern VERSION =
      Pattern.compile("^([0-9]{1,3})(?:\\.([0-9]{1,3})(?:\\.([0-9]{1,3}))?)?$");
  private static final Pattern NAME = Pattern.compile("^[a-z0-9-]{1,40}(/[a-z0-9-]{1,40}){0,3}$");

  private final ContractIndex index;
  private final Map<String, Contract> contracts;

  private Contracts(ContractIndex index) {
    this.index = index;
    Map<String, Contract> map = new LinkedHashMap<>();
    for (ContractIndex.Entry e : index.entries().values()) {
      map.put(e.name(), new Contract(e));
    }
    this.contracts = map;
  }

  private static final class Holder {
    static final Contracts BUNDLED = new Contracts(new ContractIndex(new ContractDocuments()));
  }

  /**
   * Returns the contracts bundled with the SDK, loading them on first call.
   *
   * @return the shared instance
   * @throws vn.lienthong.core.ConfigurationException with {@code LT-CORE-0902} if a bundled file is
   *     missing or corrupt (a broken installation)
   */
  public static Contracts bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Lists every bundled contract, in a stable order.
   *
   * @return an unmodifiable list
   */
  public List<Contract> list() {
    return List.copyOf(new ArrayList<>(contracts.values()));
  }

  /**
   * Returns the newest bundled version of a contract.
   *
   * @param name the contract name, such as {@code registry/population}
   * @return the contract
   * @throws NullPointerException if {@code name} is null
   * @throws InvalidInputException with {@code LT-CORE-0801} if no such contract is bundled
   */
  public Contract contract(String name) {
    Objects.requireNonNull(name, "name");
    Contract best = null;
    int bestMajor = -1;
    for (Contract c : contracts.values()) {
      if (c.name().equals(name) || c.name().matches(Pattern.quote(name) + "-v[0-9]{1,3}")) {
        int major = major(c.version());
        if (major > bestMajor) {
          best = c;
          bestMajor = major;
        }
      }
    }
    if (best == null) {
      throw unknown(name, "*");
    }
    return best;
  }

  /**
   * Returns a contract in a given version: a major version ({@code 1}) finds the file of that major
   * version; a fuller one ({@code 1.0} or {@code 1.0.0}) also requires the bundled file to be at
   * least that version, since later minor versions are compatible.
   *
   * @param name the contract name, such as {@code portal/portal-sync}
   * @param version {@code N}, {@code N.M} or {@code N.M.P}
   * @return the contract
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code LT-CORE-0801} if no bundled file satisfies the
   *     version
   */
  public Contract contract(String name, String version) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Matcher wanted = VERSION.matcher(version);
    if (!NAME.matcher(name).matches() || !wanted.matches()) {
      throw unknown(name, version);
    }
    int major = Integer.parseInt(wanted.group(1));
    Contract c = contracts.get(major == 1 ? name : name + "-v" + major);
    if (c == null || major(c.version()) != major || compare(c.version(), wanted) < 0) {
      throw unknown(name, version);
    }
    return c;
  }

  /**
   * Returns an operation by its reference {@code contract#operationId}.
   *
   * @param ref for example {@code registry/population#lookupCitizen}
   * @return the operation
   * @throws NullPointerException if {@code ref} is null
   * @throws InvalidInputException with {@code LT-CORE-0801} or {@code LT-CORE-0802} if there is no
   *     such contract or operation
   */
  public ContractOperation operation(String ref) {
    Objects.requireNonNull(ref, "ref");
    int hash = ref.indexOf('#');
    if (hash <= 0) {
      throw unknown(ref, "*");
    }
    Contract c = exact(ref.substring(0, hash));
    String id = ref.substring(hash + 1);
    return c.operation(id).orElseThrow(() -> unknownPart(c.name(), "operation", id));
  }

  Contract exact(String name) {
    Contract c = contracts.get(name);
    if (c == null) {
      throw unknown(name, "*");
    }
    return c;
  }

  ContractIndex index() {
    return index;
  }

  static InvalidInputException unknownPart(String contract, String what, String name) {
    return new InvalidInputException(
        CoreErrorCode.CONTRACT_OPERATION_UNKNOWN,
        ErrorDetails.field("operation")
            .rule("contract.defined")
            .with("contract", contract)
            .with("what", what)
            .with("name", name.length() > 80 ? name.substring(0, 80) : name));
  }

  private static InvalidInputException unknown(String name, String version) {
    return new InvalidInputException(
        CoreErrorCode.CONTRACT_UNKNOWN,
        ErrorDetails.field("contract")
            .rule("contract.bundled")
            .with("contract", name.length() > 80 ? name.substring(0, 80) : name)
            .with("version", version.length() > 20 ? version.substring(0, 20) : version));
  }

  private static int major(String version) {
    Matcher m = VERSION.matcher(version);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static int compare(String have, Matcher wanted) {
    Matcher h = VERSION.matcher(have);
    if (!h.matches()) {
      return -1;
    }
    for (int g = 2; g <= 3; g++) {
      int a = h.group(g) == null ? 0 : Integer.parseInt(h.group(g));
      int b = wanted.group(g) == null ? 0 : Integer.parseInt(wanted.group(g));
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }
}
