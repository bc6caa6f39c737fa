package vn.lienthong.sandbox.internal.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.identity.HostileMode;

/** An authorization request waiting for a login: pushed (PAR) or from the authorize query. */
record PendingRequest(
    String clientId,
    String redirectUri,
    @Nullable String state,
    @Nullable String nonce,
    @Nullable String codeChallenge,
    String scope,
    @Nullable String personaId,
    @Nullable HostileMode hostile,
    @Nullable String dpopJkt,
    Instant expiresAt) {}
