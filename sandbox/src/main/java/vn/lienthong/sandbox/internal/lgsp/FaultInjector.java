package vn.lienthong.sandbox.internal.lgsp;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import vn.lienthong.sandbox.lgsp.FaultSettings;
import vn.lienthong.sandbox.lgsp.NationalService;

/**
 * Draws the fault plan of each call from the per-service settings and a seeded random source, so a
 * run with the same seed and request order sees the same faults. Thread-safe (one lock per draw;
 * draws are cheap).
 */
public final class FaultInjector {

  private static final long FLAP_LATENCY_MILLIS = 50;
  private static final long FLAP_SLOW_BODY_MILLIS = 200;

  private final Map<NationalService, FaultSettings> settings = new EnumMap<>(NationalService.class);
  private final Map<NationalService, SplittableRandom> randoms =
      new EnumMap<>(NationalService.class);

  /**
   * Sets the faults of one service and restarts its random source from the seed.
   *
   * @param service the service
   * @param s the settings
   */
  public synchronized void set(NationalService service, FaultSettings s) {
    if (s.isNone()) {
      settings.remove(service);
      randoms.remove(service);
    } else {
      settings.put(service, s);
      randoms.put(service, new SplittableRandom(s.seed()));
    }
  }

  /**
   * Returns the faults of one service.
   *
   * @param service the service
   * @return the settings
   */
  public synchronized FaultSettings get(NationalService service) {
    return settings.getOrDefault(service, FaultSettings.NONE);
  }

  /**
   * Returns every service with faults.
   *
   * @return a copy
   */
  public synchronized Map<NationalService, FaultSettings> active() {
    return settings.isEmpty() ? Map.of() : Map.copyOf(settings);
  }

  /** Turns every fault off. */
  public synchronized void clear() {
    settings.clear();
    randoms.clear();
  }

  /**
   * Draws the plan of the next call to a service.
   *
   * @param service the service
   * @return the plan
   */
  public synchronized FaultPlan next(NationalService service) {
    FaultSettings s = settings.get(service);
    if (s == null) {
      return FaultPlan.NONE;
    }
    SplittableRandom r = randoms.get(service);
    long latency = s.latency().toMillis();
    long slow = s.slowBody().toMillis();
    if (s.flapping()) {
      switch (r.nextInt(6)) {
        case 1:
          return new FaultPlan(latency, FaultPlan.Failure.SERVER_ERROR, slow);
        case 2:
          return new FaultPlan(latency, FaultPlan.Failure.DROP_BEFORE, slow);
        case 3:
          return new FaultPlan(latency, FaultPlan.Failure.DROP_AFTER, slow);
        case 4:
          return new FaultPlan(latency + FLAP_LATENCY_MILLIS, FaultPlan.Failure.NONE, slow);
        case 5:
          return new FaultPlan(latency, FaultPlan.Failure.NONE, slow + FLAP_SLOW_BODY_MILLIS);
        default:
          return new FaultPlan(latency, FaultPlan.Failure.NONE, slow);
      }
    }
    double d = r.nextDouble();
    FaultPlan.Failure f = FaultPlan.Failure.NONE;
    if (d < s.serverErrorRate()) {
      f = FaultPlan.Failure.SERVER_ERROR;
    } else if (d < s.serverErrorRate() + s.dropRate()) {
      f = r.nextBoolean() ? FaultPlan.Failure.DROP_BEFORE : FaultPlan.Failure.DROP_AFTER;
    }
    return new FaultPlan(latency, f, slow);
  }
}
