/**
 * edXML document exchange between agencies (QCVN 102:2016/BTTTT): build a package, sign it with an
 * enveloped XML signature, read and validate received packages, and status messages 01-06.
 *
 * <p>The structure supported is {@code contracts/exchange/edxml.xsd} in sdk-core.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.registry.edxml;

import org.jspecify.annotations.NullMarked;
