/**
 * Implementation of the e-forms: bounded JSON reading, schema loading, keyword-to-code mapping and
 * cross-field rules. Not an API: may change in any release without notice.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.internal.forms;

import org.jspecify.annotations.NullMarked;
