/**
 * The simulated provincial LGSP gateway (Local Government Service Platform, nền tảng tích hợp, chia
 * sẻ dữ liệu cấp tỉnh): the OAuth 2.0 client-credentials token endpoint, bearer checks on the
 * national services, and per-service fault switches (latency, 5xx, dropped connections, slow
 * bodies, flapping).
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.lgsp;

import org.jspecify.annotations.NullMarked;
