/**
 * Implementation of {@link vn.lienthong.registry.edxml}: secure XML parsing and writing of edXML.
 * Not part of the public API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.registry.internal.edxml;

import org.jspecify.annotations.NullMarked;
