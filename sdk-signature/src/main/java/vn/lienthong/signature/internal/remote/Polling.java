package vn.lienthong.signature.internal.remote;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.SignatureErrorCode;

/** Polls a transaction until it ends, with a bounded total time and growing pauses. */
public final class Polling {

  private Polling() {}

  /**
   * Calls {@code attempt} until it gives a value or the timeout passes; the pause starts at {@code
   * interval} and grows by half each time up to {@code maxInterval}.
   *
   * @param <T> the result type
   * @param transactionId the provider's transaction id, for the error
   * @param timeout the longest total wait
   * @param interval the first pause
   * @param maxInterval the longest pause
   * @param attempt one status call: empty while pending; throws when the transaction failed ({@code
   *     LT-SIG-0514}, provider unavailable, counts as pending until the deadline)
   * @return the result
   * @throws RemoteServiceException {@code LT-SIG-0516} after the timeout
   */
  public static <T> T until(
      String transactionId,
      Duration timeout,
      Duration interval,
      Duration maxInterval,
      Supplier<Optional<T>> attempt) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = Math.max(1, interval.toMillis());
    while (true) {
      Optional<T> r;
      try {
        r = attempt.get();
      } catch (RemoteServiceException e) {
        if (e.errorCode() != SignatureErrorCode.REMOTE_PROVIDER_UNAVAILABLE
            || System.nanoTime() - deadline >= 0) {
          throw e;
        }
        r = Optional.empty(); // a hiccup of the status call: poll on until the deadline
      }
      if (r.isPresent()) {
        return r.get();
      }
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw timedOut(transactionId, timeout);
      }
      try {
        Thread.sleep(Math.min(pause, left));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw timedOut(transactionId, timeout);
      }
      pause = Math.min(maxInterval.toMillis(), pause + pause / 2 + 1);
    }
  }

  /**
   * Creates the timeout error.
   *
   * @param transactionId the transaction
   * @param timeout the wait that passed
   * @return the exception
   */
  public static RemoteServiceException timedOut(String transactionId, Duration timeout) {
    return new RemoteServiceException(
        SignatureErrorCode.REMOTE_CONFIRMATION_TIMEOUT,
        ErrorDetails.field("transactionId")
            .rule("signature.remote.confirmation-timeout")
            .rejectedValue(transactionId)
            .with("timeout", timeout.toString()),
        0,
        transactionId,
        null,
        null);
  }
}
