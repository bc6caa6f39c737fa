package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import vn.lienthong.conformance.internal.checks.PadesCheckAccess;

/** How LT-SIG-003 tells the agency's certificate from the competent person's. */
class AgencyCertificateTest {

  private static final CheckContext CONTEXT =
      CheckContext.builder().target(URI.create("http://127.0.0.1:9")).build();

  private static X509Certificate certificate(String organisation, String commonName)
      throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(256);
    KeyPair keys = g.generateKeyPair();
    var name =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "VN")
            .addRDN(BCStyle.O, organisation)
            .addRDN(BCStyle.CN, commonName)
            .build();
    var holder =
        new JcaX509v3CertificateBuilder(
                name,
                BigInteger.ONE,
                new Date(),
                new Date(System.currentTimeMillis() + 86_400_000L),
                name,
                keys.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
    return new JcaX509CertificateConverter().getCertificate(holder);
  }

  @Test
  void aPersonOfTheCommitteeIsNotTheAgency() throws Exception {
    assertThat(
            PadesCheckAccess.isAgency(
                CONTEXT, certificate("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "Trần Văn Bình")))
        .isFalse();
  }

  @Test
  void theCommitteeItselfIsTheAgency() throws Exception {
    assertThat(
            PadesCheckAccess.isAgency(
                CONTEXT,
                certificate("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH")))
        .isTrue();
  }

  @Test
  void aConfiguredSubjectTextDecides() throws Exception {
    CheckContext configured =
        CheckContext.builder()
            .target(URI.create("http://127.0.0.1:9"))
            .setting(CheckContext.AGENCY_SUBJECT, "Con dấu")
            .build();
    assertThat(PadesCheckAccess.isAgency(configured, certificate("X", "Con dấu phường"))).isTrue();
    assertThat(
            PadesCheckAccess.isAgency(
                configured, certificate("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH")))
        .isFalse();
  }
}
