/** Server-rendered Vietnamese web pages for citizens and officers. */
@NullMarked
package vn.lienthong.refapp.web;

import org.jspecify.annotations.NullMarked;
