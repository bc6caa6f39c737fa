package vn.lienthong.refapp.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import vn.lienthong.core.dossier.Attachment;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.ResultDocument;
import vn.lienthong.core.dossier.SupplementRequest;
import vn.lienthong.core.dossier.Transition;
import vn.lienthong.refapp.service.InboxItem;
import vn.lienthong.refapp.service.PublicStatus;
import vn.lienthong.refapp.service.ResultFile;
import vn.lienthong.refapp.service.SubmissionReceipt;
import vn.lienthong.refapp.store.AuditEvent;
import vn.lienthong.refapp.store.AuditStore;
import vn.lienthong.refapp.store.DossierRow;
import vn.lienthong.refapp.store.StoredDossier;

/** JSON bodies of the Commune API ({@code contracts/commune/commune-api.yaml}). Thread-safe. */
final class ApiJson {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ZoneOffset VIET_NAM = ZoneOffset.ofHours(7);

  private ApiJson() {}

  static String time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, VIET_NAM).toString();
  }

  static ObjectNode receipt(SubmissionReceipt r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("dossierCode", r.code().toString());
    status(n, r.status());
    n.put("receivedAt", time(r.receivedAt()));
    n.put("dueAt", time(r.dueAt()));
    n.put("created", r.created());
    return n;
  }

  static ObjectNode dossier(StoredDossier s, Instant now) {
    Dossier d = s.dossier();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("dossierCode", d.code().toString());
    n.put("procedureCode", d.procedure().value());
    n.put("procedureName", s.procedureName());
    status(n, d.status());
    n.put("receivedAt", time(d.receivedAt()));
    n.put("dueAt", time(d.dueAt()));
    n.put("overdue", d.isOverdue(now));
    n.put("competentCommune", d.competentCommune().code());
    n.put("receivingOffice", d.receivingOffice().code());
    n.put("channel", d.channel().portalCode());
    n.put("applicantName", d.applicant().name().value());
    ArrayNode history = n.putArray("history");
    for (Transition t : d.history()) {
      ObjectNode h =
          history
              .addObject()
              .put("id", t.id())
              .put("from", t.from().portalCode())
              .put("to", t.to().portalCode())
              .put("actor", t.actor())
              .put("at", time(t.at()));
      if (t.reason() != null) {
        h.put("reason", t.reason());
      }
    }
    ArrayNode requests = n.putArray("supplementRequests");
    for (SupplementRequest r : d.supplementRequests()) {
      ObjectNode o =
          requests
              .addObject()
              .put("requestedAt", time(r.requestedAt()))
              .put("reason", r.reason())
              .put("open", r.isOpen());
      ArrayNode items = o.putArray("items");
      r.items().forEach(items::add);
      r.answered().ifPresent(a -> o.put("answeredAt", time(a)));
    }
    ArrayNode files = n.putArray("attachments");
    d.attachments().forEach(a -> file(files.addObject(), a));
    ArrayNode results = n.putArray("results");
    for (ResultDocument r : d.results()) {
      ObjectNode o = results.addObject().put("title", r.title());
      if (r.number() != null) {
        o.put("number", r.number());
      }
      o.put("issuedAt", time(r.issuedAt()));
      file(o.putObject("file"), r.file());
    }
    return n;
  }

  static ObjectNode result(StoredDossier s, ResultFile r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("dossierCode", s.dossier().code().toString());
    n.put("title", r.document().title());
    if (r.document().number() != null) {
      n.put("number", r.document().number());
    }
    n.put("issuedAt", time(r.document().issuedAt()));
    file(n.putObject("file"), r.document().file());
    n.put("contentBase64", Base64.getEncoder().encodeToString(r.pdf()));
    return n;
  }

  static ObjectNode audit(StoredDossier s, List<AuditEvent> events) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("dossierCode", s.dossier().code().toString());
    n.put("intact", AuditStore.intact(s.dossier().code(), events));
    ArrayNode a = n.putArray("events");
    for (AuditEvent e : events) {
      a.addObject()
          .put("seq", e.seq())
          .put("at", time(e.at()))
          .put("actor", e.actor())
          .put("type", e.type())
          .put("detail", e.detail())
          .put("previousHash", e.previousHash())
          .put("hash", e.hash());
    }
    return n;
  }

  static ObjectNode inbox(List<InboxItem> items) {
    ObjectNode n = MAPPER.createObjectNode();
    ArrayNode a = n.putArray("items");
    for (InboxItem i : items) {
      DossierRow r = i.dossier();
      ObjectNode o =
          a.addObject()
              .put("dossierCode", r.code().toString())
              .put("procedureCode", r.procedureCode())
              .put("procedureName", r.procedureName())
              .put("applicantName", r.applicantName().value())
              .put("competentCommune", r.competentCommune());
      status(o, r.status());
      o.put("receivedAt", time(r.receivedAt()))
          .put("dueAt", time(r.dueAt()))
          .put("overdue", i.overdue());
    }
    return n;
  }

  static ObjectNode publicStatus(PublicStatus p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("dossierCode", p.code().toString());
    n.put("procedureName", p.procedureName());
    n.put("applicantName", p.maskedApplicantName());
    status(n, p.status());
    n.put("receivedAt", time(p.receivedAt()));
    n.put("dueAt", time(p.dueAt()));
    if (p.returnedAt() != null) {
      n.put("returnedAt", time(p.returnedAt()));
    }
    n.put("competentCommuneName", p.competentCommuneName());
    return n;
  }

  private static void status(ObjectNode n, DossierStatus s) {
    n.put("status", s.portalCode());
    n.put("statusLabel", s.vietnameseLabel());
  }

  private static void file(ObjectNode n, Attachment a) {
    n.put("name", a.name())
        .put("mediaType", a.mediaType())
        .put("size", a.size())
        .put("sha256", a.sha256());
  }
}
