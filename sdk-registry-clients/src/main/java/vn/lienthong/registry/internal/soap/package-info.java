/** Implementation of SOAP bus calls: header blocks, request hash over the canonical Body. */
@NullMarked
package vn.lienthong.registry.internal.soap;

import org.jspecify.annotations.NullMarked;
