/**
 * Vietnamese text: NFC normalisation, diacritic folding, person-name matching, collation and
 * amounts in words.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.text;

import org.jspecify.annotations.NullMarked;
