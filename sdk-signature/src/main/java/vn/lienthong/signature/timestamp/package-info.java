/**
 * RFC 3161 timestamps: a {@link vn.lienthong.signature.timestamp.TimestampSource} port and an HTTP
 * {@link vn.lienthong.signature.timestamp.TimestampClient} that checks every token it receives, for
 * the B-T level of signatures.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.timestamp;

import org.jspecify.annotations.NullMarked;
