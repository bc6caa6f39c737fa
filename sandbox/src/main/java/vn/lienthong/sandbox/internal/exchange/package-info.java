/**
 * The document exchange hub simulator: edXML structure checks, mailboxes and status messages. Not
 * API.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.internal.exchange;

import org.jspecify.annotations.NullMarked;
