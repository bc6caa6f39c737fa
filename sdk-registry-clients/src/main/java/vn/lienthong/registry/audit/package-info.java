/**
 * The tamper-evident exchange log (nhật ký trao đổi dữ liệu): every exchange with a national or
 * provincial service recorded as an entry (message id, client, service, time, status, SHA-256 of
 * the payload, masked personal data only) chained by hash, appended in JDBC ({@link
 * vn.lienthong.registry.audit.ExchangeLog}), exported to a file and verified offline ({@link
 * vn.lienthong.registry.audit.ExchangeLogVerifier}).
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.registry.audit;

import org.jspecify.annotations.NullMarked;
