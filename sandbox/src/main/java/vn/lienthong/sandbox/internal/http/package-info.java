/**
 * The sandbox HTTP layer on the JDK server: routing by path prefix, request caps, replies and
 * problem details. Not API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.internal.http;

import org.jspecify.annotations.NullMarked;
