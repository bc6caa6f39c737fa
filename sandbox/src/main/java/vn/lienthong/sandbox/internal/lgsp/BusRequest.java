package vn.lienthong.sandbox.internal.lgsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A call that passed the envelope, authentication and contract checks, as a handler sees it.
 *
 * @param client the {@code LT-Client} value
 * @param member the client's member (agency code)
 * @param messageId the {@code LT-Id}
 * @param userId the {@code LT-UserId}, if sent
 * @param issue the {@code LT-Issue}, if sent
 * @param body the body bytes
 * @param json the body as JSON when the operation takes JSON, else null
 * @param pathParameters the path parameters
 * @param query the query parameters
 * @param locale the caller's language
 */
public record BusRequest(
    String client,
    String member,
    String messageId,
    @Nullable String userId,
    @Nullable String issue,
    byte[] body,
    @Nullable JsonNode json,
    List<String> pathParameters,
    Map<String, String> query,
    Locale locale) {

  /**
   * Returns the JSON body.
   *
   * @return the body
   * @throws IllegalStateException if the operation takes no JSON
   */
  public JsonNode jsonBody() {
    if (json == null) {
      throw new IllegalStateException("no JSON body");
    }
    return json;
  }
}
