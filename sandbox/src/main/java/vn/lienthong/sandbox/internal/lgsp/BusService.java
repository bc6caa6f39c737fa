package vn.lienthong.sandbox.internal.lgsp;

import java.util.List;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.lgsp.NationalService;

/**
 * A national service behind the gateway: its prefix, its operations, and the gateway's checks
 * around each call. Thread-safe when its handlers are.
 */
public final class BusService implements SandboxService {

  private final NationalService service;
  private final String title;
  private final BusGateway gateway;
  private final List<BusOperation> operations;

  /**
   * Creates the service.
   *
   * @param service which national service
   * @param title the endpoint list title
   * @param gateway the gateway
   * @param operations the operations
   */
  public BusService(
      NationalService service, String title, BusGateway gateway, List<BusOperation> operations) {
    this.service = service;
    this.title = title;
    this.gateway = gateway;
    this.operations = List.copyOf(operations);
  }

  @Override
  public String prefix() {
    return service.prefix();
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public HttpReply handle(HttpCall call) {
    return gateway.handle(service, call, operations);
  }
}
