/**
 * LienThong sdk-registry-clients: Data exchange with the national and provincial services: the bus
 * client, typed registry clients, portal status sync, edXML document exchange, the durable outbox
 * and the tamper-evident exchange log.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.registry;

import org.jspecify.annotations.NullMarked;
