package vn.lienthong.sandbox.internal.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.persona.Persona;

/** An issued access token: whose, for which client, bound to which DPoP key. */
record AccessGrant(String clientId, Persona persona, @Nullable String jkt, Instant expiresAt) {}
