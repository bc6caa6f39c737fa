package vn.lienthong.refapp.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.lienthong.core.calendar.WorkingCalendar;
import vn.lienthong.core.forms.FormValidator;
import vn.lienthong.core.forms.ProcedureCatalogue;
import vn.lienthong.identity.officer.JurisdictionPolicy;

/**
 * What the page handlers share: settings, sessions, logins, catalogue, forms, prefill, the dossier
 * desk and the attachment hand-off.
 *
 * <p>Instances are thread-safe.
 */
record WebEnvironment(
    boolean cookieSecure,
    Supplier<String> baseUrlSource,
    Clock clock,
    SessionStore sessions,
    Logins logins,
    ProcedureCatalogue catalogue,
    FormValidator forms,
    Prefill prefill,
    DossierDesk desk,
    Attachments attachments,
    JurisdictionPolicy jurisdiction,
    String defaultCommune) {

  String baseUrl() {
    return baseUrlSource.get();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
  }
}
