package vn.lienthong.sandbox.internal.exchange;

import java.util.List;
import java.util.regex.Pattern;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.lgsp.BusGateway;
import vn.lienthong.sandbox.internal.lgsp.BusOperation;
import vn.lienthong.sandbox.internal.lgsp.BusService;
import vn.lienthong.sandbox.lgsp.NationalService;

/** The document exchange service and its five operations. */
public final class ExchangeServices {

  private static final String CONTRACT = "exchange/document-exchange";
  private static final String SERVICE = "document-exchange";

  private ExchangeServices() {}

  /**
   * Creates the service.
   *
   * @param gateway the gateway
   * @param state the hub state
   * @return the service
   */
  public static SandboxService create(BusGateway gateway, ExchangeState state) {
    Pattern documents = Pattern.compile("/documents");
    Pattern one = Pattern.compile("/documents/([^/]{1,64})");
    Pattern status = Pattern.compile("/documents/([^/]{1,64})/status");
    return new BusService(
        NationalService.EXCHANGE,
        "Document exchange hub (edXML, QCVN 102:2016)",
        gateway,
        List.of(
            new BusOperation(
                "sendDocument",
                "POST",
                documents,
                CONTRACT,
                SERVICE,
                "application/xml",
                null,
                "SendReceipt",
                false,
                state::send),
            new BusOperation(
                "listReceivedDocuments",
                "GET",
                documents,
                CONTRACT,
                SERVICE,
                null,
                null,
                "ReceivedList",
                false,
                state::list),
            new BusOperation(
                "getDocument", "GET", one, CONTRACT, SERVICE, null, null, null, false, state::get),
            new BusOperation(
                "updateDocumentStatus",
                "POST",
                status,
                CONTRACT,
                SERVICE,
                "application/json",
                "StatusUpdate",
                "StatusHistory",
                false,
                state::updateStatus),
            new BusOperation(
                "getDocumentStatus",
                "GET",
                status,
                CONTRACT,
                SERVICE,
                null,
                null,
                "StatusHistory",
                false,
                state::status)));
  }
}
