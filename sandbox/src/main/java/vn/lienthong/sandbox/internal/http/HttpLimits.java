package vn.lienthong.sandbox.internal.http;

/**
 * Size and concurrency caps of the sandbox HTTP server. Requests over a cap get a clear error (413,
 * 431 or 400), never an out-of-memory.
 */
public final class HttpLimits {

  /** The largest request body read, in bytes (64 KiB). */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /** The largest total size of the request headers, names and values, in characters (16 KiB). */
  public static final int MAX_HEADER_CHARS = 16 * 1024;

  /** The largest number of request headers. */
  public static final int MAX_HEADERS = 100;

  /** The longest request target (path and query), in characters. */
  public static final int MAX_TARGET_CHARS = 8 * 1024;

  /** The largest number of form or query parameters. */
  public static final int MAX_PARAMETERS = 64;

  /** Worker threads serving requests. */
  public static final int WORKER_THREADS = 8;

  /** Requests waiting for a worker before new ones are refused with 503. */
  public static final int QUEUE_CAPACITY = 256;

  private HttpLimits() {}
}
