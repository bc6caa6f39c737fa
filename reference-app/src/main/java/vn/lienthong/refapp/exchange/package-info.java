/**
 * Document exchange (liên thông văn bản): sends a dossier's signed result as an XML-signed edXML
 * package (QCVN 102:2016) through the durable outbox, answers the status messages 01-06 of the
 * packages sent to the commune, and reads a dossier's exchange-log evidence.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.refapp.exchange;

import org.jspecify.annotations.NullMarked;
