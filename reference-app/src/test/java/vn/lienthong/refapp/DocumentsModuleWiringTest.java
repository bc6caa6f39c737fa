package vn.lienthong.refapp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.refapp.documents.Approver;
import vn.lienthong.refapp.documents.DocumentsModule;
import vn.lienthong.refapp.documents.IssuingOffice;
import vn.lienthong.refapp.documents.ResultData;
import vn.lienthong.refapp.documents.ResultDocuments;
import vn.lienthong.refapp.documents.ResultKind;
import vn.lienthong.refapp.documents.SigningKeys;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/**
 * The documents module uses the {@link SigningKeys} an embedder registered before it starts (the
 * external or remote signer port) instead of the configured ones.
 */
class DocumentsModuleWiringTest {

  /** A key that lives "elsewhere": every signature goes through this port and is counted. */
  private static final class RemoteKey implements SigningKey {
    private final SigningKey behind;
    private final AtomicInteger calls = new AtomicInteger();

    RemoteKey(SigningKey behind) {
      this.behind = behind;
    }

    @Override
    public List<X509Certificate> certificateChain() {
      return behind.certificateChain();
    }

    @Override
    public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
      calls.incrementAndGet();
      return behind.sign(dataToSign, algorithm);
    }
  }

  @Test
  void registeredKeysSignInsteadOfTheConfiguredOnes() throws Exception {
    TestPki.Signer person = TestPki.shared().rsaSigner(2048);
    TestPki.Signer agency = TestPki.shared().ecSigner("secp256r1");
    RemoteKey approverKey =
        new RemoteKey(Pkcs12SigningKey.load(person.pkcs12Stream(), TestPki.PASSWORD, "signer"));
    RemoteKey agencyKey =
        new RemoteKey(Pkcs12SigningKey.load(agency.pkcs12Stream(), TestPki.PASSWORD, "signer"));
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:wiring");
    AppContext context =
        new AppContext(
            AppConfig.of(Map.of(AppConfig.DATA_DIR, "target/wiring-data")),
            Clock.systemUTC(),
            h2,
            null);
    context.register(SigningKeys.class, SigningKeys.of(approverKey, agencyKey, List.of()));
    try (DocumentsModule module = new DocumentsModule()) {
      module.start(context, new NoRoutes());
      ResultDocuments documents = context.require(ResultDocuments.class);
      IssuingOffice office =
          IssuingOffice.of(AdministrativeUnits.current().commune("00004").orElseThrow());
      byte[] signed =
          documents.issue(
              ResultData.builder(ResultKind.PERMANENT_RESIDENCE_CONFIRMATION)
                  .dossierCode(DossierCode.parse("000.00.01.H22-250701-0002"))
                  .office(office)
                  .number("3/XNCT")
                  .issuedAt(Instant.now())
                  .approver(new Approver(null, "CHỦ TỊCH", "Trần Văn Bình"))
                  .field("Họ, chữ đệm, tên", "Nguyễn Thị Hoa")
                  .build());
      assertThat(approverKey.calls).hasValue(1);
      assertThat(agencyKey.calls).hasValue(1);
      List<ValidationReport> reports = documents.validator().validate(signed);
      assertThat(reports)
          .extracting(ValidationReport::indication)
          .containsExactly(Indication.PASSED, Indication.PASSED);
      assertThat(reports.get(0).signingCertificate()).contains(person.certificate());
      assertThat(reports.get(1).signingCertificate()).contains(agency.certificate());
    }
    assertThat(java.nio.file.Path.of("target/wiring-data/pki")).doesNotExist();
  }

  private static final class NoRoutes implements AppRoutes {
    @Override
    public void servlet(String pathSpec, HttpServlet servlet) {}

    @Override
    public void filter(String pathSpec, Filter filter) {}

    @Override
    public void jaxrs(Object resourceOrProvider) {}
  }
}
