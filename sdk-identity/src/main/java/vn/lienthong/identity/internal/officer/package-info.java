/** Implementation of officer claim mapping. Not part of the public API. */
@NullMarked
package vn.lienthong.identity.internal.officer;

import org.jspecify.annotations.NullMarked;
