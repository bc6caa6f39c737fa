package vn.lienthong.registry.soap;

import vn.lienthong.registry.internal.soap.SoapEnvelope;

/** SOAP answers of the loopback test services. */
final class SoapResponses {

  private SoapResponses() {}

  /**
   * A birth record with the envelope echo.
   *
   * @param id the message id to echo
   * @param hash the request hash to echo
   * @return the SOAP envelope
   */
  static String birthRecord(String id, String hash) {
    return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header>"
        + "<lt:protocolVersion xmlns:lt=\"urn:lienthong:bus:1\">1.0</lt:protocolVersion>"
        + "<lt:id xmlns:lt=\"urn:lienthong:bus:1\">"
        + id
        + "</lt:id>"
        + "<lt:requestHash xmlns:lt=\"urn:lienthong:bus:1\" algorithmId=\""
        + SoapEnvelope.SHA256
        + "\">"
        + hash
        + "</lt:requestHash></soap:Header><soap:Body>"
        + "<r:birthRecord xmlns:r=\"urn:test:ho-tich\"><r:number>123/2025</r:number></r:birthRecord>"
        + "</soap:Body></soap:Envelope>";
  }
}
