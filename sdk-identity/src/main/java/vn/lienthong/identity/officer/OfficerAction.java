package vn.lienthong.identity.officer;

/**
 * An action on a dossier that {@link JurisdictionPolicy} decides on, with the role it needs.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OfficerAction {
  /** Receive a dossier; needs {@link OfficerRole#RECEIVER}. */
  RECEIVE(OfficerRole.RECEIVER),
  /** Process a dossier; needs {@link OfficerRole#PROCESSOR}. */
  PROCESS(OfficerRole.PROCESSOR),
  /** Approve or sign a result; needs {@link OfficerRole#APPROVER}. */
  APPROVE(OfficerRole.APPROVER),
  /** Record and issue documents; needs {@link OfficerRole#CLERK}. */
  KEEP_RECORDS(OfficerRole.CLERK),
  /** Administer the unit's settings; needs {@link OfficerRole#ADMIN}. */
  ADMINISTER(OfficerRole.ADMIN);

  private final OfficerRole role;

  OfficerAction(OfficerRole role) {
    this.role = role;
  }

  /**
   * Returns the role this action needs.
   *
   * @return the role
   * @since 0.1.0
   */
  public OfficerRole requiredRole() {
    return role;
  }
}
