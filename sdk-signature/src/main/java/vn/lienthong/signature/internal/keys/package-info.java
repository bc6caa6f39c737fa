/**
 * Implementation details of PKCS#11, external and remote signing keys; not API, may change in any
 * release.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.internal.keys;

import org.jspecify.annotations.NullMarked;
