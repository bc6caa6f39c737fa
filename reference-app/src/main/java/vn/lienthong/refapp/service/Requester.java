package vn.lienthong.refapp.service;

import java.util.Objects;
import vn.lienthong.identity.officer.Officer;

/**
 * Who asks for a dossier: an officer (checked against their jurisdiction), the applicant (checked
 * against the dossier's applicant), or a trusted system party (the portal through the authenticated
 * Commune API, the conformance test driver).
 *
 * <pre>{@code
 * service.details(Requester.officer(officer), code);
 * service.details(Requester.applicant("001192004521"), code);
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Requester {

  /**
   * Returns the actor name written into history and audit.
   *
   * @return e.g. {@code officer:CB-00004-0011}
   */
  String actor();

  /**
   * An officer.
   *
   * @param officer the officer
   * @return the requester
   */
  static Requester officer(Officer officer) {
    return new OfficerRequester(officer);
  }

  /**
   * The applicant, by personal id number or tax code.
   *
   * @param subjectCode the 12-digit personal id number or the tax code
   * @return the requester
   */
  static Requester applicant(String subjectCode) {
    return new ApplicantRequester(subjectCode);
  }

  /**
   * A trusted system party.
   *
   * @param name e.g. {@code portal}
   * @return the requester
   */
  static Requester system(String name) {
    return new SystemRequester(name);
  }

  /**
   * An officer requester.
   *
   * @param officer the officer
   * @since 0.1.0
   */
  record OfficerRequester(Officer officer) implements Requester {
    /**
     * Checks the officer.
     *
     * @param officer the officer
     * @throws NullPointerException if null
     */
    public OfficerRequester {
      Objects.requireNonNull(officer, "officer");
    }

    @Override
    public String actor() {
      return "officer:" + officer.officerId();
    }
  }

  /**
   * An applicant requester; {@code toString()} masks the id.
   *
   * @param subjectCode the personal id number or tax code
   * @since 0.1.0
   */
  record ApplicantRequester(String subjectCode) implements Requester {
    /**
     * Checks the code.
     *
     * @param subjectCode the code
     * @throws NullPointerException if null
     */
    public ApplicantRequester {
      Objects.requireNonNull(subjectCode, "subjectCode");
    }

    @Override
    public String actor() {
      return "applicant";
    }

    @Override
    public String toString() {
      return "ApplicantRequester["
          + vn.lienthong.core.privacy.Masking.keepLast(subjectCode, 3)
          + "]";
    }
  }

  /**
   * A system requester.
   *
   * @param name the party's name
   * @since 0.1.0
   */
  record SystemRequester(String name) implements Requester {
    /**
     * Checks the name.
     *
     * @param name the name
     * @throws vn.lienthong.core.InvalidInputException if blank or over 100 characters
     */
    public SystemRequester {
      Requests.text("requester", name, 100);
    }

    @Override
    public String actor() {
      return name;
    }
  }
}
