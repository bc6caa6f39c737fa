/**
 * The conformance reports: HTML in Vietnamese for provincial departments, JSON for programs, JUnit
 * XML for CI servers, each signed with a detached JWS and verifiable later.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.conformance.report;

import org.jspecify.annotations.NullMarked;
