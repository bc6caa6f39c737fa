/** Internals of chain building and revocation checking. */
@NullMarked
package vn.lienthong.signature.internal.trust;

import org.jspecify.annotations.NullMarked;
