package vn.lienthong.docs;

import java.net.URI;
import java.util.function.Supplier;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.remote.csc.CscAuthorizer;
import vn.lienthong.signature.remote.csc.CscClient;
import vn.lienthong.signature.remote.csc.CscSecrets;
import vn.lienthong.signature.remote.csc.CscSigningService;

/** Examples of the "Remote signing" section of docs/sdk-signature.md. */
class RemoteSigningExamples {

  /**
   * Compiled, not run here: it needs a CSC service (the module's CscEndToEndTest runs the same flow
   * against a loopback CSC service signing with a test key).
   */
  static byte[] csc(String accessToken, Supplier<char[]> askPin, byte[] content) {
    // tag::csc[]
    try (CscClient csc =
        CscClient.builder(URI.create("https://csc.example.vn/csc/v2/")) // HTTPS, or loopback
            .accessToken(accessToken) // or .clientCredentials(id, secret)
            .build()) {
      String credentialId = csc.credentialIds().get(0); // credentials/list
      CscSigningService service =
          CscSigningService.builder(csc, credentialId) // credentials/info: chain, algo, SCAL
              .authorizer(
                  CscAuthorizer.explicit( // credentials/authorize with the signer's PIN
                      csc, credential -> CscSecrets.of(askPin.get(), null))) // cleared after use
              .build();
      SigningKey key = service.signingKey(); // each value checked against the certificate
      SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
      return CadesSigner.create().sign(content, parameters, key); // signatures/signHash
    } // close() stops the HTTP threads
    // end::csc[]
  }
}
