/**
 * Implementation of the reports: escaping, the chart, the per-run key (not part of the API).
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.conformance.internal.report;

import org.jspecify.annotations.NullMarked;
