/** Documents the app issues: PDF receipts and results, signed with the Decree 30 appearance. */
@NullMarked
package vn.lienthong.refapp.documents;

import org.jspecify.annotations.NullMarked;
