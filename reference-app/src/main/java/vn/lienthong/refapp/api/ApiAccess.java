package vn.lienthong.refapp.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.service.OfficerAccess;
import vn.lienthong.refapp.service.Requester;

/**
 * Who calls the Commune API: the portal's channel (a configured bearer token, compared in constant
 * time) or an officer (a bearer token issued by {@link OfficerAccess}). Thread-safe.
 */
final class ApiAccess {

  private final OfficerAccess officers;
  private final List<byte[]> portalTokens;

  ApiAccess(OfficerAccess officers, List<String> portalTokens) {
    this.officers = officers;
    this.portalTokens = portalTokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /** The portal or an officer. */
  Requester portalOrOfficer(HttpHeaders headers, String operation) {
    String token = bearer(headers, operation);
    if (isPortal(token)) {
      return Requester.system("portal");
    }
    return Requester.officer(officer(token, operation));
  }

  /** The portal only. */
  Requester portal(HttpHeaders headers, String operation) {
    String token = bearer(headers, operation);
    if (isPortal(token)) {
      return Requester.system("portal");
    }
    throw unauthenticated(operation, "the portal channel's bearer token");
  }

  /** An officer only. */
  Officer officer(HttpHeaders headers, String operation) {
    return officer(bearer(headers, operation), operation);
  }

  private Officer officer(String token, String operation) {
    Optional<Officer> o = officers.authenticate(token);
    if (o.isEmpty()) {
      throw unauthenticated(operation, "an unexpired officer bearer token");
    }
    return o.get();
  }

  private boolean isPortal(String token) {
    byte[] given = token.getBytes(StandardCharsets.UTF_8);
    boolean match = false;
    for (byte[] t : portalTokens) {
      match |= MessageDigest.isEqual(t, given);
    }
    return match;
  }

  private static String bearer(HttpHeaders headers, String operation) {
    @Nullable String value = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (value == null || !value.regionMatches(true, 0, "Bearer ", 0, 7) || value.length() > 300) {
      throw unauthenticated(operation, "Authorization: Bearer <token>");
    }
    return value.substring(7).strip();
  }

  static LienThongException unauthenticated(String operation, String rule) {
    return new LienThongException(
        RefappErrorCode.UNAUTHENTICATED, ErrorDetails.field(operation).rule(rule));
  }
}
