/** JDBC storage of dossiers and related records (H2 and PostgreSQL). */
@NullMarked
package vn.lienthong.refapp.store;

import org.jspecify.annotations.NullMarked;
