/**
 * XAdES (ETSI EN 319 132-1) enveloped signatures at level B-B: {@link
 * vn.lienthong.signature.xades.XadesSigner} creates them in three steps, {@link
 * vn.lienthong.signature.xades.XadesValidator} validates them against configured trust anchors.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.xades;

import org.jspecify.annotations.NullMarked;
