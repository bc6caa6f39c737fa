/**
 * The portal simulator: dossier state, lifecycle checks and the record of what it received. Not
 * API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.internal.portal;

import org.jspecify.annotations.NullMarked;
