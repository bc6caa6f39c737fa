package vn.lienthong.signature.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureParameters;

/**
 * Builds CAdES B-B detached CMS deterministically: the signed attributes depend only on the content
 * and the parameters, so the data to sign (their DER) is the same in both signing steps.
 * Thread-safe (stateless).
 */
public final class Cades {

  private Cades() {}

  /**
   * Builds the CMS, capturing the data to sign and using a given value (or none).
   *
   * @param content the detached content
   * @param p the parameters
   * @param value the signature value, or an empty array in the first step
   * @param captured receives the signed attributes' DER
   * @return the DER-encoded CMS SignedData
   */
  public static byte[] build(
      byte[] content, SignatureParameters p, byte[] value, ByteArrayOutputStream captured) {
    return build(content, p, value, captured, false);
  }

  /**
   * Builds the CMS, detached or with the content encapsulated (attached), capturing the data to
   * sign and using a given value (or none).
   *
   * @param content the content
   * @param p the parameters
   * @param value the signature value, or an empty array in the first step
   * @param captured receives the signed attributes' DER
   * @param encapsulate whether the content goes inside the SignedData (attached)
   * @return the DER-encoded CMS SignedData
   */
  public static byte[] build(
      byte[] content,
      SignatureParameters p,
      byte[] value,
      ByteArrayOutputStream captured,
      boolean encapsulate) {
    try {
      AlgorithmIdentifier algorithm = algorithmIdentifier(p.signatureAlgorithm());
      ContentSigner signer =
          new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
              return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
              return captured;
            }

            @Override
            public byte[] getSignature() {
              return value.clone();
            }
          };
      SignerInfoGenerator info =
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(signedAttributes(p)))
              .build(signer, new JcaX509CertificateHolder(p.signingCertificate()));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(info);
      generator.addCertificates(new JcaCertStore(p.certificateChain()));
      return generator
          .generate(new CMSProcessableByteArray(content), encapsulate)
          .getEncoded("DER");
    } catch (OperatorCreationException
        | CertificateEncodingException
        | CMSException
        | IOException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("cades").rejectedValue("CMS").with("reason", e.toString()),
          e);
    }
  }

  /**
   * Builds a detached CMS over content digested beforehand (a PDF byte range read as a stream), for
   * PAdES: the signed attributes are content-type, message-digest, CMS algorithm protection and
   * signing-certificate-v2, plus signing-time only when asked (PAdES puts the time in the signature
   * dictionary's {@code M} entry instead).
   *
   * @param messageDigest the content's digest with the parameters' digest algorithm
   * @param p the parameters
   * @param value the signature value, or an empty array in the first step
   * @param captured receives the signed attributes' DER
   * @param signingTimeAttribute whether to add the signing-time signed attribute
   * @return the DER-encoded CMS SignedData
   */
  public static byte[] buildForDigest(
      byte[] messageDigest,
      SignatureParameters p,
      byte[] value,
      ByteArrayOutputStream captured,
      boolean signingTimeAttribute) {
    return buildForDigest(messageDigest, p, data -> value.clone(), captured, signingTimeAttribute);
  }

  /**
   * Builds a detached CMS over content digested beforehand, as {@link #buildForDigest(byte[],
   * SignatureParameters, byte[], ByteArrayOutputStream, boolean)}, computing the signature value
   * from the signed attributes' DER during the build: with a local key the CMS is then built once
   * instead of twice (once to learn the data to sign, once with the value).
   *
   * @param messageDigest the content's digest with the parameters' digest algorithm
   * @param p the parameters
   * @param sign turns the signed attributes' DER into the signature value
   * @param captured receives the signed attributes' DER
   * @param signingTimeAttribute whether to add the signing-time signed attribute
   * @return the DER-encoded CMS SignedData
   */
  public static byte[] buildForDigest(
      byte[] messageDigest,
      SignatureParameters p,
      java.util.function.UnaryOperator<byte[]> sign,
      ByteArrayOutputStream captured,
      boolean signingTimeAttribute) {
    try {
      AlgorithmIdentifier algorithm = algorithmIdentifier(p.signatureAlgorithm());
      ContentSigner signer = capturing(algorithm, sign, captured);
      DefaultSignedAttributeTableGenerator defaults =
          new DefaultSignedAttributeTableGenerator(signedAttributes(p, signingTimeAttribute));
      CMSAttributeTableGenerator withDigest =
          new CMSAttributeTableGenerator() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public AttributeTable getAttributes(Map parameters) {
              Map<Object, Object> copy = new HashMap<>(parameters);
              copy.put(CMSAttributeTableGenerator.DIGEST, messageDigest.clone());
              AttributeTable table = defaults.getAttributes(copy);
              // Bouncy Castle adds the current time when absent; PAdES wants none at all
              return signingTimeAttribute ? table : table.remove(CMSAttributes.signingTime);
            }
          };
      SignerInfoGenerator info =
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(withDigest)
              .build(signer, CertificateHolders.of(p.signingCertificate()));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(info);
      generator.addCertificates(CertificateHolders.store(p.certificateChain()));
      return generator.generate(new CMSAbsentContent(), false).getEncoded("DER");
    } catch (OperatorCreationException
        | CertificateEncodingException
        | CMSException
        | IOException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("pades").rejectedValue("CMS").with("reason", e.toString()),
          e);
    }
  }

  private static ContentSigner capturing(
      AlgorithmIdentifier algorithm,
      java.util.function.UnaryOperator<byte[]> sign,
      ByteArrayOutputStream captured) {
    return new ContentSigner() {
      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
      }

      @Override
      public OutputStream getOutputStream() {
        return captured;
      }

      @Override
      public byte[] getSignature() {
        return sign.apply(captured.toByteArray());
      }
    };
  }

  private static AlgorithmIdentifier algorithmIdentifier(SignatureAlgorithm a) {
    String digest = a.digest().jcaName().replace("-", "");
    String name =
        a.keyType() == SignatureAlgorithm.KeyType.EC
            ? digest + "WITHECDSA"
            : a.pss() ? digest + "WITHRSAANDMGF1" : digest + "WITHRSA";
    return new DefaultSignatureAlgorithmIdentifierFinder().find(name);
  }

  private static AttributeTable signedAttributes(SignatureParameters p) {
    return signedAttributes(p, true);
  }

  private static AttributeTable signedAttributes(SignatureParameters p, boolean signingTime) {
    X509Certificate c = p.signingCertificate();
    ESSCertIDv2 id =
        new ESSCertIDv2(
            new AlgorithmIdentifier(new ASN1ObjectIdentifier(p.digestAlgorithm().oid())),
            Xades.certificateDigest(c, p.digestAlgorithm().jcaName()),
            new IssuerSerial(
                new GeneralNames(
                    new GeneralName(X500Name.getInstance(c.getIssuerX500Principal().getEncoded()))),
                c.getSerialNumber()));
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(
        new Attribute(
            PKCSObjectIdentifiers.id_aa_signingCertificateV2,
            new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
    if (signingTime) {
      v.add(
          new Attribute(
              CMSAttributes.signingTime, new DERSet(new Time(Date.from(p.signingTime())))));
    }
    return new AttributeTable(v);
  }
}
