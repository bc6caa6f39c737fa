/**
 * Implementation of the exchange log: hashing and the export format. Not part of the public API.
 */
@NullMarked
package vn.lienthong.registry.internal.audit;

import org.jspecify.annotations.NullMarked;
