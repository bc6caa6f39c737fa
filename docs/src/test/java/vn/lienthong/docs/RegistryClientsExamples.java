package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusErrorCategory;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.CircuitBreakerPolicy;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.RetryPolicy;
import vn.lienthong.registry.outbox.Outbox;
import vn.lienthong.registry.outbox.OutboxDispatcher;
import vn.lienthong.registry.outbox.OutboxOperations;
import vn.lienthong.registry.population.Citizen;
import vn.lienthong.registry.population.PopulationClient;
import vn.lienthong.registry.portal.PortalMessage;
import vn.lienthong.registry.portal.PortalOutbox;
import vn.lienthong.registry.portal.PortalOutcome;
import vn.lienthong.registry.portal.PortalSyncClient;
import vn.lienthong.registry.portal.ProgressUpdate;

/**
 * Examples of docs/sdk-registry-clients.md, against a loopback provider that echoes the envelope.
 */
class RegistryClientsExamples {

  private HttpServer provider;
  private URI gateway;

  @BeforeEach
  void startProvider() throws Exception {
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext(
        "/",
        exchange -> {
          byte[] in = exchange.getRequestBody().readAllBytes();
          String path = exchange.getRequestURI().getPath();
          String body =
              path.endsWith("/citizens/lookup")
                  ? "{\"personalId\":\"001090123456\",\"fullName\":\"Nguyễn Văn An\","
                      + "\"birthDate\":\"1990-05-17\",\"gender\":1,\"permanentResidence\":"
                      + "{\"provinceCode\":\"01\",\"communeCode\":\"00004\"}}"
                  : "{\"error_code\":\"0\",\"message\":\"Thành công\"}";
          byte[] out = body.getBytes(StandardCharsets.UTF_8);
          try {
            exchange
                .getResponseHeaders()
                .add(
                    "LT-Request-Hash",
                    Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(MessageDigest.getInstance("SHA-256").digest(in)));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          exchange
              .getResponseHeaders()
              .add("LT-Id", exchange.getRequestHeaders().getFirst("LT-Id"));
          exchange.getResponseHeaders().add("LT-Protocol-Version", "1.0");
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, out.length);
          exchange.getResponseBody().write(out);
          exchange.close();
        });
    provider.start();
    gateway = URI.create("http://127.0.0.1:" + provider.getAddress().getPort());
  }

  @AfterEach
  void stopProvider() {
    provider.stop(0);
  }

  @Test
  void busAndPopulation() {
    // tag::bus[]
    try (BusClient bus =
        BusClient.builder()
            .client(ClientId.parse("VN-TEST/GOV/000.00.01.H22/mot-cua-xa"))
            // .authentication(LgspClientCredentials.builder()...build()) or mutualTls(sslContext)
            .timeout(Duration.ofSeconds(5)) // per attempt, up to the last body byte
            .retry(RetryPolicy.defaults()) // 3 attempts, backoff with jitter, same LT-Id
            .circuitBreaker(CircuitBreakerPolicy.defaults())
            .build()) {
      PopulationClient population =
          PopulationClient.builder()
              .bus(bus)
              .endpoint(gateway.resolve("/population/v1"))
              .provider(ClientId.parse("VN-TEST/GOV/000.00.00.G01/csdl-dan-cu"))
              .build();
      CallContext officer = CallContext.officer("officer:tran.thi.b@xa-ba-dinh");
      Optional<Citizen> citizen =
          population.lookup(
              PersonalIdNumber.parse("001090123456"),
              Purpose.prefill(ProcedureCode.parse("1.001193"), null),
              officer);
      // An unknown citizen is Optional.empty(); failures are BusException with a category.
      assertThat(citizen.orElseThrow().permanentResidence().commune()).isPresent();
      assertThat(citizen.get().toString()).doesNotContain("001090123456"); // masked
    }
    // end::bus[]
  }

  @Test
  void errors() {
    // tag::errors[]
    try (BusClient bus =
        BusClient.builder()
            .client(ClientId.parse("VN-TEST/GOV/000.00.01.H22/mot-cua-xa"))
            .retry(RetryPolicy.none())
            .build()) {
      PopulationClient population =
          PopulationClient.builder()
              .bus(bus)
              .endpoint(URI.create("http://127.0.0.1:1/population/v1")) // nobody listens
              .provider(ClientId.parse("VN-TEST/GOV/000.00.00.G01/csdl-dan-cu"))
              .build();
      try {
        population.lookup(
            PersonalIdNumber.parse("001090123456"),
            Purpose.verification(),
            CallContext.officer("officer:tran.thi.b@xa-ba-dinh"));
      } catch (BusException e) {
        assertThat(e.category()).isEqualTo(BusErrorCategory.PROVIDER_DOWN);
        assertThat(e.retryable()).isTrue(); // retry later with the same message id
        assertThat(e.messageId()).isPresent(); // the LT-Id both message logs know
        assertThat(e.code()).isEqualTo("LT-REG-0021"); // connection failed
      }
    }
    // end::errors[]
  }

  @Test
  void portal() {
    try (BusClient bus =
        BusClient.builder()
            .client(ClientId.parse("VN-TEST/GOV/000.00.01.H22/mot-cua-xa"))
            .build()) {
      // tag::portal[]
      PortalSyncClient portal =
          PortalSyncClient.builder()
              .bus(bus)
              .endpoint(gateway.resolve("/dvcqg/v1"))
              .provider(ClientId.parse("VN-TEST/GOV/000.00.00.G22/dvcqg-sync"))
              .agency(AgencyCode.parse("000.00.01.H22"))
              .build();
      // Build the message first (checked against the contract), store it, deliver it later.
      PortalMessage message =
          portal.progressMessage(
              List.of(
                  new ProgressUpdate(
                      vn.lienthong.core.id.DossierCode.parse("000.00.01.H22-260302-0001"),
                      vn.lienthong.core.dossier.DossierStatus.IN_PROGRESS,
                      java.time.Instant.parse("2026-03-02T03:00:00Z"),
                      "Trần Thị B",
                      "Bộ phận một cửa",
                      "Chuyển phòng chuyên môn")),
              CallContext.officer("officer:tran.thi.b@xa-ba-dinh"));
      PortalOutcome outcome = portal.deliver(message); // never throws for remote failures
      switch (outcome.status()) {
        case ACKNOWLEDGED -> {} // done
        case RETRYABLE -> {} // keep it; deliver the same message (same LT-Id) later
        case PERMANENT -> {} // the portal refused it: show outcome.code() to an operator
      }
      // end::portal[]
      assertThat(outcome.acknowledged()).isTrue();
    }
  }

  @Test
  void portalThroughTheOutbox() throws Exception {
    org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:docs-portal-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Outbox.createSchemaIfMissing(dataSource);
    vn.lienthong.core.id.DossierCode dossier =
        vn.lienthong.core.id.DossierCode.parse("000.00.01.H22-260302-0001");
    try (BusClient bus =
        BusClient.builder()
            .client(ClientId.parse("VN-TEST/GOV/000.00.01.H22/mot-cua-xa"))
            .retry(RetryPolicy.none()) // the outbox retries
            .build()) {
      PortalSyncClient portal =
          PortalSyncClient.builder()
              .bus(bus)
              .endpoint(gateway.resolve("/dvcqg/v1"))
              .provider(ClientId.parse("VN-TEST/GOV/000.00.00.G22/dvcqg-sync"))
              .agency(AgencyCode.parse("000.00.01.H22"))
              .build();
      // tag::portal-outbox[]
      PortalMessage message =
          portal.progressMessage(
              List.of(
                  new ProgressUpdate(
                      dossier,
                      vn.lienthong.core.dossier.DossierStatus.IN_PROGRESS,
                      java.time.Instant.parse("2026-03-02T03:00:00Z"),
                      null,
                      null,
                      null)),
              CallContext.officer("officer:tran.thi.b@xa-ba-dinh"));
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        // ... the business change, then the message, in the same transaction:
        Outbox.create().enqueue(c, PortalOutbox.message(message, dossier)); // keeps its LT-Id
        c.commit();
      }
      try (OutboxDispatcher dispatcher =
          OutboxDispatcher.builder(dataSource, PortalOutbox.transport(portal)).start()) {
        // delivered in order per dossier; a redelivery is a replay the portal does not apply twice
        // end::portal-outbox[]
        OutboxOperations ops = OutboxOperations.create(dataSource);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (ops.counts().total() > 0 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(ops.counts().total()).isZero();
      }
    }
  }
}
