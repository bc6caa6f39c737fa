package vn.lienthong.signature.trust;

import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;

/**
 * Revocation information: CRLs and DER-encoded OCSP responses, found embedded in a signature or
 * gathered while verifying (to embed for the B-LT level).
 *
 * <p>Instances are immutable and thread-safe (the OCSP byte arrays are copied in and out).
 *
 * @param crls the CRLs
 * @param ocspResponses the DER OCSPResponse structures
 * @since 0.1.0
 */
public record RevocationData(List<X509CRL> crls, List<byte[]> ocspResponses) {

  /** No revocation information. */
  public static final RevocationData NONE = new RevocationData(List.of(), List.of());

  /**
   * Creates a value, copying the lists.
   *
   * @param crls the CRLs
   * @param ocspResponses the DER OCSPResponse structures
   * @throws NullPointerException if a list or element is null
   */
  public RevocationData {
    crls = List.copyOf(crls);
    List<byte[]> copies = new ArrayList<>();
    for (byte[] r : ocspResponses) {
      copies.add(r.clone());
    }
    ocspResponses = List.copyOf(copies);
  }

  /**
   * Returns copies of the OCSP responses.
   *
   * @return the DER OCSPResponse structures
   */
  @Override
  public List<byte[]> ocspResponses() {
    List<byte[]> copies = new ArrayList<>();
    for (byte[] r : ocspResponses) {
      copies.add(r.clone());
    }
    return List.copyOf(copies);
  }

  /**
   * Tells whether there is no information.
   *
   * @return true when both lists are empty
   */
  public boolean isEmpty() {
    return crls.isEmpty() && ocspResponses.isEmpty();
  }

  /**
   * Returns the union of this and another value.
   *
   * @param other the other value
   * @return both lists concatenated
   */
  public RevocationData and(RevocationData other) {
    List<X509CRL> c = new ArrayList<>(crls);
    c.addAll(other.crls);
    List<byte[]> o = new ArrayList<>(ocspResponses);
    o.addAll(other.ocspResponses);
    return new RevocationData(c, o);
  }
}
