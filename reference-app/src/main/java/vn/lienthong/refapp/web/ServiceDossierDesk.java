package vn.lienthong.refapp.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.Attachment;
import vn.lienthong.core.dossier.Channel;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.Transition;
import vn.lienthong.core.forms.CatalogueEntry;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.service.DossierAction;
import vn.lienthong.refapp.service.DossierService;
import vn.lienthong.refapp.service.InboxItem;
import vn.lienthong.refapp.service.NewFile;
import vn.lienthong.refapp.service.OfficerCommand;
import vn.lienthong.refapp.service.Requester;
import vn.lienthong.refapp.service.ResultFile;
import vn.lienthong.refapp.service.Submission;
import vn.lienthong.refapp.service.SubmissionReceipt;
import vn.lienthong.refapp.service.SupplementDelivery;
import vn.lienthong.refapp.store.DossierRow;
import vn.lienthong.refapp.store.StoredDossier;

/**
 * The dossier desk of the web pages on the app's {@link DossierService}: filing with an idempotency
 * key, the citizen's dossiers, the officer inbox and steps, supplements, the public look-up and the
 * signed result. The service checks jurisdiction and ownership again.
 *
 * <p>Instances are thread-safe.
 */
final class ServiceDossierDesk implements DossierDesk {

  /** Idempotency-key scope of filings from the web pages. */
  static final String KEY_SCOPE = "web";

  private final DossierService service;

  ServiceDossierDesk(DossierService service) {
    this.service = service;
  }

  @Override
  public Filed submit(
      Principal.Citizen citizen,
      CatalogueEntry procedure,
      String commune,
      String formJson,
      List<Upload> attachments,
      String idempotencyKey) {
    Submission.Builder b =
        Submission.builder()
            .procedure(procedure.code())
            .formData(formJson)
            .applicant(
                Applicant.citizen(
                    PersonalIdNumber.parse(citizen.personalId()),
                    PersonName.parse(citizen.fullName())))
            .competentCommune(commune)
            .receivingOffice(commune)
            .channel(Channel.ONLINE)
            .actor("citizen")
            .idempotencyKey(KEY_SCOPE, idempotencyKey);
    for (Upload u : attachments) {
      b.file(new NewFile(u.fileName(), u.mediaType(), u.content()));
    }
    SubmissionReceipt receipt = service.submit(b.build());
    return new Filed(receipt.code().toString(), receipt.dueAt());
  }

  @Override
  public List<Summary> ofCitizen(Principal.Citizen citizen) {
    return service.dossiersOf(citizen.personalId()).stream()
        .map(ServiceDossierDesk::summary)
        .toList();
  }

  @Override
  public List<Summary> inbox(Principal.Staff officer, Set<String> communes, Instant now) {
    List<Summary> out = new ArrayList<>();
    for (InboxItem i : service.inbox(officer.officer())) {
      out.add(summary(i.dossier()));
    }
    return out;
  }

  @Override
  public Detail forCitizen(Principal.Citizen citizen, String code) {
    return detail(
        service.details(Requester.applicant(citizen.personalId()), service.parseCode(code)));
  }

  @Override
  public Detail forOfficer(Principal.Staff officer, Set<String> communes, String code) {
    return detail(service.details(Requester.officer(officer.officer()), service.parseCode(code)));
  }

  @Override
  public Optional<PublicView> lookup(String code) {
    if (!DossierCode.isValid(code)) {
      return Optional.empty();
    }
    return service
        .publicStatus(DossierCode.parse(code))
        .map(
            p ->
                new PublicView(
                    p.code().toString(),
                    p.procedureName(),
                    p.maskedApplicantName(),
                    p.status(),
                    p.dueAt()));
  }

  @Override
  public Detail answerSupplement(Principal.Citizen citizen, String code, String note) {
    return detail(
        service.deliverSupplement(
            Requester.applicant(citizen.personalId()),
            service.parseCode(code),
            new SupplementDelivery(null, note.isBlank() ? null : note, List.of())));
  }

  @Override
  public Detail act(Principal.Staff officer, String code, Action action, String note) {
    DossierAction step =
        switch (action) {
          case ACCEPT -> DossierAction.ACCEPT;
          case REFUSE -> DossierAction.REFUSE;
          case PROCESS -> DossierAction.PROCESS;
          case REQUEST_SUPPLEMENT -> DossierAction.REQUEST_SUPPLEMENT;
          case APPROVE_AND_SIGN -> DossierAction.APPROVE_AND_SIGN;
          case AGENCY_SEAL -> DossierAction.AGENCY_SEAL;
          case HAND_OVER -> DossierAction.HAND_OVER;
        };
    OfficerCommand command = OfficerCommand.of(step);
    if (!note.isBlank()) {
      command = command.withReason(note, List.of(note));
    }
    return detail(service.act(officer.officer(), service.parseCode(code), command));
  }

  @Override
  public Optional<Download> result(Principal.Citizen citizen, String code) {
    try {
      ResultFile r =
          service.result(Requester.applicant(citizen.personalId()), service.parseCode(code));
      return Optional.of(
          new Download(
              code.replaceAll("[^A-Za-z0-9.-]", "_") + "-ket-qua.pdf", "application/pdf", r.pdf()));
    } catch (LienThongException e) {
      if (e.errorCode() == RefappErrorCode.RESULT_NOT_ISSUED) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static Summary summary(DossierRow r) {
    return new Summary(
        r.code().toString(),
        r.procedureName(),
        r.applicantName().value(),
        r.competentCommune(),
        r.status(),
        r.receivedAt(),
        r.dueAt());
  }

  private static Detail detail(StoredDossier s) {
    Dossier d = s.dossier();
    Summary summary =
        new Summary(
            d.code().toString(),
            s.procedureName(),
            d.applicant().name().value(),
            d.competentCommune().code(),
            d.status(),
            d.receivedAt(),
            d.dueAt());
    List<Event> history = new ArrayList<>();
    history.add(new Event(d.receivedAt(), "công dân", "Nộp hồ sơ trực tuyến", ""));
    for (Transition t : d.history()) {
      history.add(
          new Event(
              t.at(), t.actor(), t.to().vietnameseLabel(), t.reason() == null ? "" : t.reason()));
    }
    for (vn.lienthong.core.dossier.ResultDocument r : d.results()) {
      history.add(new Event(r.issuedAt(), "văn thư", Action.AGENCY_SEAL.label(), r.title()));
    }
    history.sort(java.util.Comparator.comparing(Event::at));
    return new Detail(
        summary,
        d.applicant().subjectCode(),
        d.procedure().value(),
        s.formData(),
        d.attachments().stream().map(Attachment::name).toList(),
        history,
        allowed(d),
        !d.results().isEmpty());
  }

  static Set<Action> allowed(Dossier d) {
    if (DossierService.awaitingSeal(d)) {
      return EnumSet.of(Action.AGENCY_SEAL);
    }
    return switch (d.status()) {
      case NEW -> EnumSet.of(Action.ACCEPT, Action.REFUSE);
      case ACCEPTED -> EnumSet.of(Action.PROCESS);
      case IN_PROGRESS -> EnumSet.of(Action.REQUEST_SUPPLEMENT, Action.APPROVE_AND_SIGN);
      case PROCESSED -> EnumSet.of(Action.HAND_OVER);
      default -> EnumSet.noneOf(Action.class);
    };
  }
}
