/**
 * The simulated LGSP gateway: bus envelope checks, contract validation, replay of message ids,
 * bearer tokens and fault injection shared by every national service. Not API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.internal.lgsp;

import org.jspecify.annotations.NullMarked;
