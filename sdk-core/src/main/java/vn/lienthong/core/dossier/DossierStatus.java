package vn.lienthong.core.dossier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * The national dossier statuses ({@code TrangThaiHoSo} of the National Public Service Portal) and
 * the transitions allowed between them.
 *
 * <table>
 * <caption>Allowed transitions</caption>
 * <tr><th>from</th><th>to</th><th>why</th></tr>
 * <tr><td>1 new</td><td>2, 3, 7</td><td>the one-stop shop accepts or refuses a registered dossier,
 *     or the citizen withdraws it first</td></tr>
 * <tr><td>2 accepted</td><td>4, 7</td><td>an accepted dossier goes to the competent officer; the
 *     citizen may still withdraw</td></tr>
 * <tr><td>4 in progress</td><td>5, 6, 7, 8, 9</td><td>the officer asks for a supplement or for
 *     fees and taxes, stops processing, finishes; or the citizen withdraws</td></tr>
 * <tr><td>5 supplement requested</td><td>4, 7, 8</td><td>back to processing when the supplement
 *     arrives; withdrawn, or stopped when it never comes</td></tr>
 * <tr><td>6 financial obligation</td><td>4, 7, 8</td><td>back to processing once paid; withdrawn,
 *     or stopped when not paid</td></tr>
 * <tr><td>9 processed</td><td>10</td><td>the result is handed over</td></tr>
 * <tr><td>3, 7, 8, 10</td><td>none</td><td>terminal: a new request is a new dossier</td></tr>
 * </table>
 *
 * <p>No status moves to 1 (only a new dossier starts there), and nothing moves backwards from 9: a
 * processed dossier's result is corrected by a new dossier. Enums are thread-safe.
 *
 * <p>Legal basis of the transitions that are not obvious. The one-stop-shop rules are Decree
 * 61/2018/NĐ-CP (amended by Decree 107/2021/NĐ-CP), replaced from 1 July 2025 by Decree
 * 118/2025/NĐ-CP; the status codes are the portal's. Where no article was checked the entry says
 * <b>unconfirmed</b>; the graph is then the project's reading and may change.
 *
 * <ul>
 *   <li><b>No supplement at reception (1 and 2 do not move to 5).</b> At reception an incomplete
 *       dossier is not taken in: the officer hands back a request to complete it (Phiếu yêu cầu bổ
 *       sung, hoàn thiện hồ sơ) or a refusal (Phiếu từ chối tiếp nhận), Decree 61/2018 art. 18; so
 *       it stays 1 or becomes 3, and 5 exists only during processing (4). Article reference
 *       unconfirmed against the 2025 decree.
 *   <li><b>Withdrawal from 2, 4, 5 and 6 (to 7).</b> The portal defines status 7 "công dân yêu cầu
 *       rút"; that a citizen may withdraw at any point before a result exists is the project's
 *       reading (<b>unconfirmed</b>: no article listing the statuses was found). Withdrawal after 9
 *       is not allowed: the result exists and is handed over or kept.
 *   <li><b>6 to 8 (stopped for unpaid fees or taxes).</b> Mirrors 5 to 8 (a supplement that never
 *       comes); <b>unconfirmed</b>: the time limit and the authority that stops are set by each
 *       procedure's own legislation.
 *   <li><b>5 pauses the due date, 6 does not.</b> The time a citizen takes to supplement a dossier
 *       is not counted (DOMAIN.md; the portal's supplement records move the due date); for 6 no
 *       such rule was found, so the deadline runs (<b>unconfirmed</b>; see {@link Dossier}).
 * </ul>
 *
 * <pre>{@code
 * DossierStatus.IN_PROGRESS.canMoveTo(DossierStatus.PROCESSED);   // true
 * DossierStatus.PROCESSED.allowedTargets();                       // [RESULT_RETURNED]
 * }</pre>
 *
 * @since 0.1.0
 */
public enum DossierStatus {
  /** Registered, not yet checked by the one-stop shop (mới đăng ký), code 1. */
  NEW(1, "Mới đăng ký"),
  /** Accepted by the one-stop shop (được tiếp nhận), code 2. */
  ACCEPTED(2, "Được tiếp nhận"),
  /** Refused at reception (không được tiếp nhận), code 3; terminal. */
  NOT_ACCEPTED(3, "Không được tiếp nhận"),
  /** Being processed (đang xử lý), code 4. */
  IN_PROGRESS(4, "Đang xử lý"),
  /** Waiting for the applicant's supplement (yêu cầu bổ sung), code 5; the due date is paused. */
  SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung"),
  /** Waiting for fees or taxes (yêu cầu thực hiện nghĩa vụ tài chính), code 6. */
  FINANCIAL_OBLIGATION_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
  /** Withdrawn at the citizen's request (công dân yêu cầu rút), code 7; terminal. */
  WITHDRAWN(7, "Công dân yêu cầu rút"),
  /** Processing stopped (dừng xử lý), code 8; terminal. */
  STOPPED(8, "Dừng xử lý"),
  /** Processing finished, result ready (đã xử lý xong), code 9. */
  PROCESSED(9, "Đã xử lý xong"),
  /** Result handed to the applicant (đã trả kết quả), code 10; terminal. */
  RESULT_RETURNED(10, "Đã trả kết quả");

  private final int portalCode;
  private final String vietnameseLabel;

  DossierStatus(int portalCode, String vietnameseLabel) {
    this.portalCode = portalCode;
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * Returns the portal's {@code TrangThaiHoSo} code.
   *
   * @return 1 to 10
   */
  public int portalCode() {
    return portalCode;
  }

  /**
   * Returns the Vietnamese label used by the portal.
   *
   * @return for example {@code "Đang xử lý"}
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * Returns the statuses this status may move to, per the class table.
   *
   * @return an unmodifiable set, empty for a terminal status
   */
  public Set<DossierStatus> allowedTargets() {
    return Graph.TARGETS.get(this);
  }

  /**
   * Tells whether a dossier in this status may move to {@code target}.
   *
   * @param target the next status
   * @return {@code true} if the transition is legal
   * @throws NullPointerException if {@code target} is null
   */
  public boolean canMoveTo(DossierStatus target) {
    return allowedTargets().contains(Objects.requireNonNull(target, "target"));
  }

  /**
   * Tells whether no transition leaves this status.
   *
   * @return {@code true} for 3, 7, 8 and 10
   */
  public boolean isTerminal() {
    return allowedTargets().isEmpty();
  }

  /**
   * Checks that a dossier in this status may move to {@code target}.
   *
   * @param target the next status
   * @throws NullPointerException if {@code target} is null
   * @throws InvalidInputException with {@code LT-CORE-0601} naming both statuses and the allowed
   *     targets
   */
  public void checkMoveTo(DossierStatus target) {
    if (!canMoveTo(target)) {
      throw new InvalidInputException(
          CoreErrorCode.ILLEGAL_TRANSITION,
          ErrorDetails.field("status")
              .rule("dossier.transition")
              .with("from", describe(this))
              .with("to", describe(target))
              .with("allowed", describeAll(allowedTargets())));
    }
  }

  /**
   * Finds a status by its portal code.
   *
   * @param portalCode the code
   * @return the status
   * @throws InvalidInputException with {@code LT-CORE-0606} if no status has the code
   */
  public static DossierStatus ofPortalCode(int portalCode) {
    if (portalCode < 1 || portalCode > 10) {
      throw new InvalidInputException(
          CoreErrorCode.UNKNOWN_PORTAL_CODE,
          ErrorDetails.field("TrangThaiHoSo")
              .rule("portal.status")
              .rejectedValue(Integer.toString(portalCode))
              .with("allowed", "1-10"));
    }
    return values()[portalCode - 1];
  }

  private static String describe(DossierStatus s) {
    return s.portalCode + " " + s.name();
  }

  private static String describeAll(Set<DossierStatus> set) {
    if (set.isEmpty()) {
      return "none (terminal status)";
    }
    StringBuilder b = new StringBuilder();
    for (DossierStatus s : set) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(describe(s));
    }
    return b.toString();
  }

  /** The transition graph, built once the constants exist. */
  private static final class Graph {
    static final Map<DossierStatus, Set<DossierStatus>> TARGETS = build();

    private static Map<DossierStatus, Set<DossierStatus>> build() {
      Map<DossierStatus, Set<DossierStatus>> t = new EnumMap<>(DossierStatus.class);
      for (DossierStatus s : values()) {
        t.put(s, Collections.emptySet());
      }
      t.put(NEW, of(ACCEPTED, NOT_ACCEPTED, WITHDRAWN));
      t.put(ACCEPTED, of(IN_PROGRESS, WITHDRAWN));
      t.put(
          IN_PROGRESS,
          of(SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED, WITHDRAWN, STOPPED, PROCESSED));
      t.put(SUPPLEMENT_REQUESTED, of(IN_PROGRESS, WITHDRAWN, STOPPED));
      t.put(FINANCIAL_OBLIGATION_REQUESTED, of(IN_PROGRESS, WITHDRAWN, STOPPED));
      t.put(PROCESSED, of(RESULT_RETURNED));
      return Collections.unmodifiableMap(t);
    }

    private static Set<DossierStatus> of(DossierStatus first, DossierStatus... rest) {
      return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
  }
}
