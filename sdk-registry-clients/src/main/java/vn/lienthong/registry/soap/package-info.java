/**
 * SOAP calls through the LienThong bus for legacy WSDL services, the envelope carried as SOAP
 * header blocks ({@code contracts/bus/envelope.xsd}); see {@code docs/sdk-registry-clients.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.registry.soap;

import org.jspecify.annotations.NullMarked;
