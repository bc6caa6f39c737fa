package vn.lienthong.sandbox.internal.lgsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.sandbox.internal.http.HttpReply;

/** Checks the sandbox's own answers against the contracts before they leave. */
public final class Contracts {

  private static final SafeLogger LOG = SafeLogger.of(Contracts.class);

  private Contracts() {}

  /**
   * Validates a JSON reply body against a contract schema.
   *
   * @param contract the contract, such as {@code registry/population}
   * @param schema the component schema
   * @param reply the reply
   * @throws BusProblem with {@link BusCode#OUTSIDE_CONTRACT} if the body breaks the contract (a
   *     sandbox bug; the violations are logged and returned)
   */
  public static void checkResponse(String contract, String schema, HttpReply reply) {
    JsonNode node;
    try {
      node = HttpReply.JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new BusProblem(BusCode.OUTSIDE_CONTRACT, "The sandbox wrote unreadable JSON.");
    }
    List<ContractSchemas.Violation> v = ContractSchemas.shared().validate(contract, schema, node);
    if (!v.isEmpty()) {
      LOG.error("sandbox answer outside {}#{}: {}", contract, schema, v);
      throw new BusProblem(
          BusCode.OUTSIDE_CONTRACT,
          "The sandbox's answer breaks " + contract + "#" + schema + " (a sandbox bug).",
          v,
          null);
    }
  }
}
