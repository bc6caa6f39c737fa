/**
 * LienThong sdk-identity: OpenID Connect relying party for national identity login (profiles
 * STRICT, NPSP_SSO, VNEID_DIRECT), officer identities and jurisdiction-scoped authorization.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.identity;

import org.jspecify.annotations.NullMarked;
