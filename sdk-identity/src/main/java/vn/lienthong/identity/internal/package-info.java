/**
 * Implementation of sdk-identity: HTTP with caps and deadlines, discovery, the JWKS cache, ID token
 * verification, claim mapping. Not part of the public API.
 */
@NullMarked
package vn.lienthong.identity.internal;

import org.jspecify.annotations.NullMarked;
