package vn.lienthong.registry.internal.bus;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * A body handler that collects at most {@code cap} bytes and fails with {@link TooLarge} beyond,
 * checking {@code Content-Length} before reading anything.
 */
public final class CappedBody implements HttpResponse.BodyHandler<byte[]> {

  /** The body exceeded the cap. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the marker. */
    public TooLarge() {
      super("body too large");
    }
  }

  private final int cap;

  /**
   * Creates the handler.
   *
   * @param cap the largest accepted body in bytes
   */
  public CappedBody(int cap) {
    this.cap = cap;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
    return new Subscriber(cap, declared > cap, declared);
  }

  /** The largest buffer reserved before any byte arrived. */
  static final int INITIAL_MAX = 64 * 1024;

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final int cap;
    private final boolean rejectUpFront;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private byte[] buffer;
    private int size;
    private Flow.@Nullable Subscription subscription;

    Subscriber(int cap, boolean rejectUpFront, long declared) {
      this.cap = cap;
      this.rejectUpFront = rejectUpFront;
      // Sized by Content-Length when declared, but a declared length alone never reserves more
      // than INITIAL_MAX: the bytes must arrive first.
      this.buffer =
          new byte[(int) Math.min(declared >= 0 && declared <= cap ? declared : 512, INITIAL_MAX)];
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (rejectUpFront) {
        s.cancel();
        result.completeExceptionally(new TooLarge());
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (size + (long) b.remaining() > cap) {
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
          result.completeExceptionally(new TooLarge());
          return;
        }
        int n = b.remaining();
        if (size + n > buffer.length) {
          buffer =
              Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(size + n, 2L * buffer.length)));
        }
        b.get(buffer, size, n);
        size += n;
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
    }
  }
}
