/**
 * Preview adapter for VNPT SmartCA remote signing: built from request and response shapes observed
 * in public integration guides; not certified by the provider.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.remote.smartca;

import org.jspecify.annotations.NullMarked;
