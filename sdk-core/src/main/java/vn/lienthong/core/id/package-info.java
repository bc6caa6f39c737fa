/**
 * Vietnamese identifiers as immutable, log-safe values: the personal identification number (số định
 * danh cá nhân) and the legacy identity card number (CMND), tax codes (mã số thuế), agency
 * electronic identifiers (mã định danh điện tử), procedure codes (mã thủ tục hành chính) and
 * dossier codes (mã hồ sơ) with a generator that stays unique across nodes and restarts.
 *
 * <p>Every identifier has {@code parse(String)}, which throws {@link
 * vn.lienthong.core.InvalidInputException} naming the field, the rule and the (masked) value;
 * {@code isValid(String)}, which never throws except {@link NullPointerException} for null; a
 * canonical {@code toString()}; and {@link vn.lienthong.core.privacy.LogSafe#masked()} for logs.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.id;

import org.jspecify.annotations.NullMarked;
