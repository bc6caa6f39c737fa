package vn.lienthong.registry.internal.bus;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the request hash of recently used message ids, to refuse reuse with another body. */
public final class RecentMessageIds {

  /** How many ids are remembered per client. */
  public static final int CAPACITY = 10_000;

  private final Map<String, String> ids =
      new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Records a use of a message id.
   *
   * @param messageId the id
   * @param hash the body's hash
   * @return false if the id was used with another hash (the use is not recorded)
   */
  public synchronized boolean use(String messageId, String hash) {
    String previous = ids.putIfAbsent(messageId, hash);
    return previous == null || previous.equals(hash);
  }
}
