/**
 * The reference commune one-stop shop (một cửa điện tử): bootstrap, settings and the module plug-in
 * points; each subpackage is one module.
 */
@NullMarked
package vn.lienthong.refapp;

import org.jspecify.annotations.NullMarked;
