/**
 * Implementation details of the remote signing clients (HTTP with caps, JSON reading, polling,
 * algorithm identifiers); not API, may change in any release.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.internal.remote;

import org.jspecify.annotations.NullMarked;
