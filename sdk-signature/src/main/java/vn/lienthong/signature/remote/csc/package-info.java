/**
 * A client of the Cloud Signature Consortium API v2 ({@code info}, {@code oauth2/token}, {@code
 * credentials/list}, {@code credentials/info}, {@code credentials/authorize}, {@code
 * signatures/signHash}) and a {@link vn.lienthong.signature.external.RemoteSigningService} built on
 * it.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.remote.csc;

import org.jspecify.annotations.NullMarked;
