package vn.lienthong.registry.internal.bus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.Gender;
import vn.lienthong.registry.Address;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.RegistryErrorCode;

/** Wire mapping shared by the typed clients. */
public final class Mapping {

  private Mapping() {}

  /**
   * Writes a purpose.
   *
   * @param purpose the purpose
   * @return the JSON object
   */
  public static ObjectNode purpose(Purpose purpose) {
    ObjectNode n = Json.MAPPER.createObjectNode().put("code", purpose.code());
    if (purpose.procedure() != null) {
      n.put("procedureCode", purpose.procedure().value());
    }
    if (purpose.dossier() != null) {
      n.put("dossierCode", purpose.dossier().toString());
    }
    return n;
  }

  /**
   * Reads an address.
   *
   * @param n the JSON object, possibly missing
   * @return the address, or null
   */
  public static @Nullable Address address(@Nullable JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    return new Address(
        n.path("provinceCode").asText(),
        n.path("communeCode").asText(),
        JsonCall.text(n, "village"),
        JsonCall.text(n, "street"),
        JsonCall.text(n, "fullText"));
  }

  /**
   * Reads a gender code.
   *
   * @param n the JSON number, possibly missing
   * @return the gender, or null
   */
  public static @Nullable Gender gender(@Nullable JsonNode n) {
    return n == null || !n.isInt() ? null : Gender.fromCode(n.asInt()).orElse(null);
  }

  /**
   * Requires an officer user id where personal data is returned.
   *
   * @param context the context
   * @throws InvalidInputException with {@code INVALID_REQUEST_VALUE} if it has none
   */
  public static void requireUser(CallContext context) {
    if (context.userId() == null) {
      throw new InvalidInputException(
          RegistryErrorCode.INVALID_REQUEST_VALUE,
          ErrorDetails.field("userId")
              .rejectedValue(null)
              .with("reason", "an officer account is required where personal data is returned"));
    }
  }

  /**
   * Resolves an operation path against a service base address.
   *
   * @param base the base, such as {@code https://lgsp/population/v1}
   * @param path the operation path, such as {@code /citizens/lookup}
   * @return the address
   */
  public static URI resolve(URI base, String path) {
    String b = base.toString();
    return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
  }
}
