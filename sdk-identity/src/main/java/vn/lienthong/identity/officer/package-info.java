/**
 * Officers logged in through their province's SSO, and jurisdiction-scoped authorization: which
 * officer may act on which commune's dossiers, on which date, with every decision explained in
 * English and Vietnamese.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.identity.officer;

import org.jspecify.annotations.NullMarked;
