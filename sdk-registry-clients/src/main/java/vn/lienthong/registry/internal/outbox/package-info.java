/**
 * Implementation of the durable outbox and the receiver inbox: SQL, scheduling and encoding. Not
 * part of the public API.
 */
@NullMarked
package vn.lienthong.registry.internal.outbox;

import org.jspecify.annotations.NullMarked;
