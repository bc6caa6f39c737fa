/**
 * Remote signing: the private key stays with a trust service provider and only hashes go out. The
 * subpackages hold a Cloud Signature Consortium API v2 client ({@code csc}) and two preview
 * adapters for Vietnamese services, VNPT SmartCA ({@code smartca}) and Viettel MySign ({@code
 * mysign}). Each implements {@link vn.lienthong.signature.external.RemoteSigningService}, whose
 * {@code signingKey()} checks every value against the certificate before a format embeds it.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.remote;

import org.jspecify.annotations.NullMarked;
