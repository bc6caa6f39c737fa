package vn.lienthong.signature.internal;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.util.CollectionStore;
import org.bouncycastle.util.Store;

/**
 * Bouncy Castle's parsed form of the signer's certificates, kept while the certificate object is in
 * use: a signer signs many documents with one chain, and parsing the DER of every certificate again
 * for every CMS took about a tenth of a one-page PAdES signature. Entries go with their
 * certificates (weak keys; a holder does not refer to its certificate). Thread-safe.
 */
public final class CertificateHolders {

  private static final Map<X509Certificate, X509CertificateHolder> HOLDERS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private CertificateHolders() {}

  /**
   * Returns the parsed form of a certificate.
   *
   * @param certificate the certificate
   * @return its holder
   * @throws CertificateEncodingException if the certificate cannot be encoded
   */
  public static X509CertificateHolder of(X509Certificate certificate)
      throws CertificateEncodingException {
    X509CertificateHolder holder = HOLDERS.get(certificate);
    if (holder == null) {
      holder = new JcaX509CertificateHolder(certificate);
      HOLDERS.put(certificate, holder);
    }
    return holder;
  }

  /**
   * Returns a store of the parsed certificates, in order, for a CMS generator.
   *
   * @param chain the certificates
   * @return the store
   * @throws CertificateEncodingException if a certificate cannot be encoded
   */
  public static Store<X509CertificateHolder> store(List<X509Certificate> chain)
      throws CertificateEncodingException {
    List<X509CertificateHolder> holders = new ArrayList<>(chain.size());
    for (X509Certificate c : chain) {
      holders.add(of(c));
    }
    return new CollectionStore<>(holders);
  }
}
