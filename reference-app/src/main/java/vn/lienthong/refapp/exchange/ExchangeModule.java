package vn.lienthong.refapp.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.documents.SigningKeys;
import vn.lienthong.refapp.service.DossierService;
import vn.lienthong.refapp.service.OutboxRoutes;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.audit.ExchangeLog;
import vn.lienthong.registry.edxml.EdxmlValidator;

/**
 * Document exchange: registers the {@link ExchangeService} when a document-exchange endpoint is
 * configured ({@value #ENDPOINT}, by default the embedded sandbox's hub) and the app has a bus
 * client; routes the outbox's edXML messages to the hub.
 *
 * <p>Started once by {@code ReferenceApp} after the documents module; not thread-safe itself, the
 * service it registers is.
 *
 * @since 0.1.0
 */
public final class ExchangeModule implements AppModule {

  /**
   * Base URL of the document-exchange hub (defaults to the embedded sandbox's {@code /exchange}).
   */
  public static final String ENDPOINT = "exchange.endpoint";

  /** The hub's bus service provider, {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM}. */
  public static final String PROVIDER = "exchange.provider";

  /**
   * A PEM file of the roots that signers of received packages must chain to (defaults to the
   * signing trust anchors, {@code signing.trust-anchors} or the demo PKI).
   */
  public static final String TRUST_ANCHORS = "exchange.trust-anchors";

  static final String DEFAULT_PROVIDER = "VN-TEST/GOV/000.00.00.G01/lien-thong-van-ban";

  private static final SafeLogger LOG = SafeLogger.of(ExchangeModule.class);

  /** Creates the module; {@link #start} does the work. */
  public ExchangeModule() {}

  @Override
  public String name() {
    return "exchange";
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    AppConfig config = context.config();
    Optional<URI> endpoint =
        config
            .get(ENDPOINT)
            .map(URI::create)
            .or(() -> context.sandbox().map(s -> s.uri("/exchange")));
    Optional<BusClient> bus = context.find(BusClient.class);
    if (endpoint.isEmpty() || bus.isEmpty()) {
      LOG.warn("no document-exchange endpoint or bus client: edXML exchange is off");
      return;
    }
    ExchangeHub hub =
        new ExchangeHub(
            bus.get(),
            endpoint.get(),
            ClientId.parse(config.get(PROVIDER, DEFAULT_PROVIDER))
                .service("document-exchange", "v1"));
    ExchangeLog exchangeLog = ExchangeLog.create(context.dataSource());
    ExchangeEvidence.createIndexIfMissing(context.dataSource());
    ExchangeLogWriter writer = new ExchangeLogWriter(exchangeLog, hub.client(), context.clock());
    SigningKeys keys = context.require(SigningKeys.class);
    DossierService dossiers = context.require(DossierService.class);
    EdxmlOutbox outbox =
        new EdxmlOutbox(
            dossiers,
            context.dataSource(),
            hub,
            keys.agency(),
            bus.get().client().member(),
            writer,
            context.clock());
    context.require(OutboxRoutes.class).route(EdxmlOutbox.TYPE, outbox);
    List<X509Certificate> anchors =
        config.get(TRUST_ANCHORS).map(ExchangeModule::readPem).orElseGet(keys::trustAnchors);
    ExchangeInbox inbox =
        new ExchangeInbox(hub, EdxmlValidator.create(anchors), writer, context.clock());
    context.register(
        ExchangeService.class,
        new ExchangeService(
            dossiers, outbox, inbox, new ExchangeEvidence(context.dataSource(), exchangeLog)));
    LOG.info("document exchange through {}", hub.endpoint());
  }

  private static List<X509Certificate> readPem(String file) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      List<X509Certificate> out = new ArrayList<>();
      for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new CertificateException("no certificate");
      }
      return out;
    } catch (IOException | CertificateException e) {
      throw new ConfigurationException(
          RefappErrorCode.INVALID_SETTING,
          ErrorDetails.field(TRUST_ANCHORS).rule("a readable PEM file of certificates"),
          e);
    }
  }
}
