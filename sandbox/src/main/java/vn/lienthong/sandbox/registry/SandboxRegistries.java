package vn.lienthong.sandbox.registry;

import java.util.List;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * The simulated registries behind {@code /registry/population}, {@code /registry/business}, {@code
 * /registry/civil-status} and {@code /registry/land}. They hold the sandbox personas (the same
 * people, households and communes as the identity provider: a married couple with a newborn whose
 * birth is not registered yet, an enterprise and its director...) plus {@value #BULK_CITIZENS}
 * generated citizens for load tests, produced on demand from their index, so they cost no memory.
 * Implementations are thread-safe.
 *
 * <pre>{@code
 * SandboxRegistries registries = sandbox.registries();
 * String someone = registries.bulkPersonalId(41_017); // same id in every run
 * // POST /registry/population/citizens/lookup {"personalId": someone, "purpose": {...}}
 * }</pre>
 *
 * @since 0.1.0
 */
public interface SandboxRegistries {

  /** How many generated citizens the population registry answers for. */
  int BULK_CITIZENS = 100_000;

  /**
   * Returns the personal id of a generated citizen.
   *
   * @param index 0 to {@value #BULK_CITIZENS} - 1
   * @return the 12-digit personal id, the same in every run
   * @throws InvalidInputException if {@code index} is out of range ({@link
   *     SandboxErrorCode#BULK_INDEX_OUT_OF_RANGE})
   * @since 0.1.0
   */
  String bulkPersonalId(int index);

  /**
   * Returns the personal ids of the seeded (persona) citizens in the population registry.
   *
   * @return the ids, in persona order
   * @since 0.1.0
   */
  List<String> seededPersonalIds();

  /**
   * Returns how many look-ups and searches the registries answered since start.
   *
   * @return the count
   * @since 0.1.0
   */
  long queries();
}
