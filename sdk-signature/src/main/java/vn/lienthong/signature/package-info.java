/**
 * LienThong signatures: signing keys ({@link vn.lienthong.signature.SigningKey}), signature
 * parameters, the crypto policy of Circular 15/2025/TT-BKHCN, and validation reports with ETSI EN
 * 319 102-1 indications. Formats live in sub-packages ({@code xades}).
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature;

import org.jspecify.annotations.NullMarked;
