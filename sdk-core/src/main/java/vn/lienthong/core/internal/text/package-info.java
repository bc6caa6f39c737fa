/** Tables and algorithms behind {@code vn.lienthong.core.text}. Not part of the public API. */
@NullMarked
package vn.lienthong.core.internal.text;

import org.jspecify.annotations.NullMarked;
