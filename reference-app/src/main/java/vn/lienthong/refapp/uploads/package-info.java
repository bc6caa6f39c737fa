/** Inspection of citizens' uploads: size caps, type sniffing, hostile files. */
@NullMarked
package vn.lienthong.refapp.uploads;

import org.jspecify.annotations.NullMarked;
