/**
 * The durable outbox (hàng đợi gửi bền vững): messages for the portal, the document exchange or a
 * registry are written in the caller's own database transaction ({@link
 * vn.lienthong.registry.outbox.Outbox#enqueue}), then delivered in order per ordering key (the
 * dossier code) by a background {@link vn.lienthong.registry.outbox.OutboxDispatcher} through an
 * {@link vn.lienthong.registry.outbox.OutboxTransport}, retried until acknowledged and moved to
 * dead letters after a horizon; {@link vn.lienthong.registry.outbox.OutboxOperations} lets an
 * operator inspect and replay, and a receiver processes each message once with {@link
 * vn.lienthong.registry.outbox.InboxDeduplicator}. H2 and PostgreSQL.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.registry.outbox;

import org.jspecify.annotations.NullMarked;
