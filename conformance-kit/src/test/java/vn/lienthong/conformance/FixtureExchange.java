package vn.lienthong.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.h2.jdbcx.JdbcDataSource;
import org.w3c.dom.Document;
import vn.lienthong.conformance.CommuneFixture.Fault;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusRequest;
import vn.lienthong.registry.BusResponse;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.LgspClientCredentials;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.ServiceId;
import vn.lienthong.registry.audit.ExchangeEntry;
import vn.lienthong.registry.audit.ExchangeLog;
import vn.lienthong.registry.audit.ExchangeRecord;
import vn.lienthong.registry.edxml.Edxml;
import vn.lienthong.registry.edxml.EdxmlAttachment;
import vn.lienthong.registry.edxml.EdxmlPackage;
import vn.lienthong.registry.edxml.Organ;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.testpki.TestPki;

/**
 * The {@link CommuneFixture}'s document exchange at the sandbox hub, as agency {@code
 * 000.00.01.H22}: sends a dossier's result as edXML (signed with RSA-SHA256 by a test-PKI key, or
 * unsigned, or signed with SHA-1), answers the packages sent to it with statuses (in order, or out
 * of order), and keeps a real exchange log in H2 whose evidence it serves (intact, or with an
 * edited entry).
 */
final class FixtureExchange implements AutoCloseable {

  static final String CLIENT = "VN-TEST/GOV/000.00.01.H22/mot-cua-xa";
  private static final ServiceId SERVICE =
      ClientId.parse("VN-TEST/GOV/000.00.00.G01/lien-thong-van-ban")
          .service("document-exchange", "v1");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final AtomicInteger NUMBERS =
      new AtomicInteger((int) (System.nanoTime() & 0xffff));

  private final Sandbox sandbox;
  private final Fault fault;
  private final BusClient bus;
  private final ExchangeLog log;
  private final SigningKey key;
  private final TestPki.Signer signer;

  FixtureExchange(Sandbox sandbox, Fault fault) throws Exception {
    this.sandbox = sandbox;
    this.fault = fault;
    this.bus =
        BusClient.builder()
            .client(ClientId.parse(CLIENT))
            .timeout(Duration.ofSeconds(5))
            .authentication(
                LgspClientCredentials.builder()
                    .tokenEndpoint(sandbox.lgsp().tokenEndpoint())
                    .clientId(SandboxLgsp.DEMO_CLIENT_ID)
                    .clientSecret(SandboxLgsp.DEMO_CLIENT_SECRET)
                    .build())
            .build();
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:fixture-exchange-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    ExchangeLog.createSchemaIfMissing(db);
    this.log = ExchangeLog.create(db);
    this.signer = TestPki.shared().rsaSigner(2048);
    this.key = Pkcs12SigningKey.load(signer.pkcs12Stream(), TestPki.PASSWORD, "signer");
  }

  /** {@code driveExchange}: builds, signs (per the fault) and sends the package at once. */
  synchronized ObjectNode send(String code, String to, byte[] pdf) throws Exception {
    EdxmlPackage pkg =
        EdxmlPackage.builder()
            .from(new Organ(AgencyCode.parse("000.00.01.H22"), "UBND phường thử"))
            .to(new Organ(AgencyCode.parse(to), ""))
            .code(String.valueOf(NUMBERS.incrementAndGet()), "KQ-TEST")
            .promulgation("Hà Nội", LocalDate.now(ZoneOffset.ofHours(7)))
            .documentType(1, "Giấy khai sinh")
            .subject("Kết quả hồ sơ " + code)
            .signer("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Người ký thử")
            .attachment(new EdxmlAttachment("cid:kq", "kq.pdf", "application/pdf", "", pdf))
            .build();
    byte[] xml =
        switch (fault) {
          case UNSIGNED_EDXML -> pkg.toXml();
          case SHA1_EDXML -> sha1Signed(pkg.toXml());
          default ->
              Edxml.signer()
                  .sign(
                      pkg.toXml(),
                      SignatureParameters.builder(key.certificateChain())
                          .rsaPadding(RsaPadding.PKCS1_V1_5)
                          .build(),
                      key);
        };
    MessageId id = MessageId.random();
    BusResponse r =
        bus.call(
            BusRequest.builder()
                .uri(sandbox.uri("/exchange/documents"))
                .service(SERVICE)
                .messageId(id)
                .body(xml, "application/xml")
                .build());
    append(id.value(), "sendDocument", "accepted:" + r.statusCode(), xml, code);
    ObjectNode out = JSON.createObjectNode();
    out.put("dossierCode", code)
        .put("documentId", pkg.documentId())
        .put("messageId", id.value())
        .put("to", to)
        .put(
            "queuedAt",
            OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS).toString());
    return out;
  }

  /** {@code driveExchangeInbox}: fetches new packages and reports statuses (per the fault). */
  synchronized ObjectNode inbox() throws Exception {
    JsonNode list = JSON.readTree(call("GET", "/documents?state=new", null).body());
    ObjectNode out = JSON.createObjectNode();
    ArrayNode items = out.putArray("items");
    for (JsonNode item : list.path("items")) {
      String exchangeId = item.path("exchangeId").asText();
      call("GET", "/documents/" + exchangeId, null);
      List<String> order =
          fault == Fault.STATUSES_OUT_OF_ORDER
              ? List.of("03", "01", "06", "04")
              : List.of("01", "03", "04", "05", "06");
      List<String> sent = new ArrayList<>();
      for (String s : order) {
        String body =
            "{\"statusCode\":\""
                + s
                + "\",\"timestamp\":\""
                + OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS)
                + "\"}";
        try {
          call("POST", "/documents/" + exchangeId + "/status", body);
        } catch (RuntimeException refused) {
          // the hub refuses steps out of order; this fixture carries on regardless
        }
        sent.add(s);
      }
      ObjectNode i = items.addObject();
      i.put("exchangeId", exchangeId)
          .put("documentId", item.path("documentId").asText())
          .put("from", item.path("from").path("code").asText())
          .put("accepted", true);
      sent.forEach(i.putArray("statuses")::add);
    }
    return out;
  }

  /** {@code getExchangeLogEvidence} of a dossier (an entry edited with the broken-log fault). */
  synchronized ObjectNode evidence(String code) {
    List<ExchangeEntry> all = log.entries(1, ExchangeLog.MAX_PAGE);
    ObjectNode n = JSON.createObjectNode();
    n.put("dossierCode", code).put("hashAlgorithm", "LT-EXCHANGE-LOG-1");
    ArrayNode own = JSON.createArrayNode();
    long first = -1;
    long last = -1;
    for (ExchangeEntry e : all) {
      if (e.note().equals(code)) {
        own.add(e.sequence());
        first = first < 0 ? e.sequence() : first;
        last = e.sequence();
      }
    }
    ArrayNode entries = JSON.createArrayNode();
    String previous = ExchangeEntry.GENESIS_HASH;
    for (ExchangeEntry e : all) {
      if (e.sequence() < first || e.sequence() > last) {
        continue;
      }
      if (entries.isEmpty()) {
        previous = e.previousHash();
      }
      entries
          .addObject()
          .put("seq", e.sequence())
          .put("messageId", e.messageId())
          .put("client", e.client())
          .put("service", e.service())
          .put("time", java.time.format.DateTimeFormatter.ISO_INSTANT.format(e.time()))
          .put("status", fault == Fault.BROKEN_EXCHANGE_LOG ? "refused:edited-after" : e.status())
          .put("payloadSha256", e.payloadSha256())
          .put("user", e.user())
          .put("note", e.note())
          .put("previousHash", e.previousHash())
          .put("hash", e.hash());
    }
    n.put("firstSequence", Math.max(1, first));
    n.put("previousHash", previous);
    n.set("dossierSequences", own);
    n.set("entries", entries);
    n.putObject("head").put("sequence", all.size()).put("hash", log.lastHash());
    return n;
  }

  private BusResponse call(String method, String path, String json) {
    BusRequest.Builder b =
        BusRequest.builder().uri(sandbox.uri("/exchange" + path)).service(SERVICE).method(method);
    if (json != null) {
      b.jsonBody(json.getBytes(StandardCharsets.UTF_8));
    }
    if (path.matches("/documents/[^/]+")) {
      b.accept("application/xml");
    }
    return bus.call(b.build());
  }

  private void append(String id, String operation, String status, byte[] payload, String note) {
    log.append(
        ExchangeRecord.builder()
            .messageId(id)
            .client(CLIENT)
            .service("document-exchange/v1#" + operation)
            .time(java.time.Instant.now())
            .status(status)
            .payload(payload)
            .user("system")
            .note(note)
            .build());
  }

  /** What an old sender produces: RSA-SHA1 and a SHA-1 digest, with Santuario directly. */
  private byte[] sha1Signed(byte[] xml) throws Exception {
    org.apache.xml.security.Init.init();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    XMLSignature sig =
        new XMLSignature(
            d,
            "",
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1,
            Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
    d.getElementsByTagNameNS(Edxml.NAMESPACE, Edxml.SIGNATURE_PARENT)
        .item(0)
        .appendChild(sig.getElement());
    Transforms t = new Transforms(d);
    t.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
    t.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
    sig.addDocument("", t, "http://www.w3.org/2000/09/xmldsig#sha1");
    X509Data data = new X509Data(d);
    data.addCertificate(signer.certificate());
    sig.getKeyInfo().add(data);
    sig.sign(signer.keys().getPrivate());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(d), new StreamResult(out));
    return out.toByteArray();
  }

  @Override
  public void close() {
    bus.close();
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }
}
