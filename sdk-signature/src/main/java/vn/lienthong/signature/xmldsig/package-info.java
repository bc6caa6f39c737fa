/**
 * Plain enveloped XML signatures (W3C XML-DSig 1.1) as edXML (QCVN 102:2016) and other exchange
 * formats use them: RSA with SHA-256 on the whole document, the signature placed where the format
 * wants it. Old senders' SHA-1 signatures are accepted by the validator only as "weak".
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.xmldsig;

import org.jspecify.annotations.NullMarked;
