package vn.lienthong.sandbox.internal.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.identity.HostileMode;
import vn.lienthong.sandbox.persona.Persona;

/** An issued authorization code: the request it answers and who logged in. */
record CodeGrant(
    PendingRequest request,
    Persona persona,
    @Nullable HostileMode hostile,
    Instant authTime,
    Instant expiresAt) {}
