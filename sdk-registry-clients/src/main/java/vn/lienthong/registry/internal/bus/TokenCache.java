package vn.lienthong.registry.internal.bus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.RegistryErrorCode;

/**
 * Caches one access token and refreshes it before expiry with exactly one request in flight: the
 * first caller that finds the token stale fetches a new one, every other caller waits for that
 * fetch.
 */
public final class TokenCache {

  /** A token and when to refresh it. */
  public record Token(String value, Instant refreshAt) {}

  private final Supplier<Token> fetcher;
  private final Clock clock;
  private final Duration maxWait;
  private final Object lock = new Object();
  private volatile @Nullable Token current;
  private @Nullable CompletableFuture<Token> inFlight;

  /**
   * Creates the cache.
   *
   * @param fetcher fetches a new token (called by one thread at a time)
   * @param clock the clock
   * @param maxWait how long a caller waits for another's fetch
   */
  public TokenCache(Supplier<Token> fetcher, Clock clock, Duration maxWait) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.maxWait = maxWait;
  }

  /**
   * Returns a fresh token, fetching one if needed.
   *
   * @return the token value
   * @throws BusException if the fetch failed
   */
  public String token() {
    Token t = current;
    if (t != null && clock.instant().isBefore(t.refreshAt())) {
      return t.value();
    }
    CompletableFuture<Token> future;
    boolean mine = false;
    synchronized (lock) {
      t = current;
      if (t != null && clock.instant().isBefore(t.refreshAt())) {
        return t.value();
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        mine = true;
      }
      future = inFlight;
    }
    if (mine) {
      try {
        Token fresh = fetcher.get();
        current = fresh;
        future.complete(fresh);
        return fresh.value();
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
        throw e;
      } finally {
        synchronized (lock) {
          inFlight = null;
        }
      }
    }
    return await(future);
  }

  private String await(CompletableFuture<Token> future) {
    try {
      return future.get(maxWait.toMillis(), TimeUnit.MILLISECONDS).value();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw unavailable("token fetch failed", e.getCause());
    } catch (TimeoutException e) {
      throw unavailable("timed out waiting for the token", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("interrupted waiting for the token", e);
    }
  }

  private static BusException unavailable(String reason, @Nullable Throwable cause) {
    return BusErrors.error(RegistryErrorCode.TOKEN_ENDPOINT_UNAVAILABLE)
        .value("token endpoint")
        .status(0)
        .arg("reason", reason)
        .cause(cause)
        .build();
  }

  /**
   * Forgets a token the bus rejected, so the next call fetches a new one.
   *
   * @param value the rejected token
   */
  public void invalidate(String value) {
    synchronized (lock) {
      Token t = current;
      if (t != null && t.value().equals(value)) {
        current = null;
      }
    }
  }
}
