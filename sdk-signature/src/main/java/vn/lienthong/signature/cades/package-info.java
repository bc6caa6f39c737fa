/**
 * CAdES (ETSI EN 319 122-1) detached signatures at level B-B: {@link
 * vn.lienthong.signature.cades.CadesSigner} creates them in three steps with Bouncy Castle CMS.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.signature.cades;

import org.jspecify.annotations.NullMarked;
