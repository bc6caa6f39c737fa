/**
 * Implementation details of {@code vn.lienthong.core.dossier}; not part of the API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.internal.dossier;

import org.jspecify.annotations.NullMarked;
