package vn.lienthong.core.contracts;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The validator answers every body, of every operation and status, with a result: never an
 * exception, never more than {@link ContractValidator#MAX_VIOLATIONS} violations.
 */
class ContractValidatorFuzzTest {

  private static final ContractValidator VALIDATOR = ContractValidator.create();
  private static final List<ContractOperation> OPERATIONS = new ArrayList<>();

  static {
    for (Contract c : Contracts.bundled().list()) {
      OPERATIONS.addAll(c.operations());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void everyBodyGetsAResult(FuzzedDataProvider data) {
    ContractOperation op = OPERATIONS.get(data.consumeInt(0, OPERATIONS.size() - 1));
    int choice = data.consumeInt(0, 2);
    String status = op.responseStatuses().get(data.consumeInt(0, op.responseStatuses().size() - 1));
    String headerValue = data.consumeString(80);
    String body = data.consumeRemainingAsString();
    ContractValidationResult r;
    if (choice == 0) {
      r = VALIDATOR.validateRequestBody(op.ref(), body);
    } else if (choice == 1) {
      r = VALIDATOR.validateResponseBody(op.ref(), Integer.parseInt(status), body);
    } else {
      r =
          VALIDATOR.validateRequest(
              op.ref(),
              Map.of("LT-Client", List.of(headerValue), "Content-Type", List.of(headerValue)),
              body);
    }
    if (r.violations().size() > ContractValidator.MAX_VIOLATIONS) {
      throw new AssertionError("too many violations");
    }
  }
}
