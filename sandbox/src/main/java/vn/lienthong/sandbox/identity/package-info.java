/**
 * The sandbox identity provider: OpenID Connect / FAPI 2.0 issuers for citizens and officers, the
 * National Public Service Portal SSO profile and the VNeID direct preview, with client
 * registration, key rotation and hostile modes for negative tests.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.identity;

import org.jspecify.annotations.NullMarked;
