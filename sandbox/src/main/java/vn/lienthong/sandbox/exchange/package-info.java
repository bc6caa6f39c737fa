/**
 * The simulated document exchange hub (trục liên thông văn bản): edXML packages between agencies
 * and their status messages 01-06, with what it received for inspection.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.sandbox.exchange;

import org.jspecify.annotations.NullMarked;
