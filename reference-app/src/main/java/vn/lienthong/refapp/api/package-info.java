/** The Commune API (JAX-RS resources under /api): the contract the conformance kit tests. */
@NullMarked
package vn.lienthong.refapp.api;

import org.jspecify.annotations.NullMarked;
