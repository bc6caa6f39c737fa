/**
 * PAdES (ETSI EN 319 142-1) signatures in PDF documents: {@link
 * vn.lienthong.signature.pades.PadesSigner} makes B-B signatures ({@code ETSI.CAdES.detached}) by
 * incremental saves, with the signature appearance of Decree 30/2020/NĐ-CP (the decree on clerical
 * work, "công tác văn thư"); {@link vn.lienthong.signature.pades.PadesValidator} validates every
 * signature of a PDF and detects changes made after signing.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.pades;

import org.jspecify.annotations.NullMarked;
