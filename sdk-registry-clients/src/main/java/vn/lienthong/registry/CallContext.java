package vn.lienthong.registry;

import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.registry.internal.bus.WireChecks;

/**
 * On whose behalf and for which case a bus call is made: the officer account ({@code LT-UserId})
 * and the dossier code or case number ({@code LT-Issue}).
 *
 * <p>Immutable and thread-safe. The user id is an account id, never a personal id number in clear.
 *
 * <pre>{@code
 * CallContext ctx = CallContext.forDossier("officer:tran.thi.b@xa-ba-dinh", dossier.code());
 * }</pre>
 *
 * @param userId the officer account, or null for system calls (not allowed where personal data is
 *     returned)
 * @param issue the dossier code or case number, or null
 * @since 0.1.0
 */
public record CallContext(@Nullable String userId, @Nullable String issue) {

  private static final CallContext SYSTEM = new CallContext(null, null);

  /**
   * Checks the shapes.
   *
   * @param userId the officer account, or null for system calls (not allowed where personal data is
   *     returned)
   * @param issue the dossier code or case number, or null
   * @throws InvalidInputException with {@code INVALID_REQUEST_VALUE} if a value is malformed
   */
  public CallContext {
    if (userId != null) {
      WireChecks.check("userId", userId, WireChecks.USER_ID);
    }
    if (issue != null) {
      WireChecks.check("issue", issue, WireChecks.ISSUE);
    }
  }

  /**
   * A call made by the system itself, for no particular officer or case.
   *
   * @return the context
   */
  public static CallContext system() {
    return SYSTEM;
  }

  /**
   * A call made by an officer.
   *
   * @param userId the officer account
   * @return the context
   * @throws InvalidInputException if the id is malformed
   */
  public static CallContext officer(String userId) {
    return new CallContext(userId, null);
  }

  /**
   * A call made by an officer for a dossier.
   *
   * @param userId the officer account
   * @param dossier the dossier code, sent as {@code LT-Issue}
   * @return the context
   * @throws InvalidInputException if a value is malformed
   */
  public static CallContext forDossier(String userId, DossierCode dossier) {
    return new CallContext(userId, dossier.toString());
  }
}
