package vn.lienthong.refapp.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.ErrorMessages;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.ProblemDetails;
import vn.lienthong.core.forms.FormError;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.service.FormRejectedException;

/**
 * Answers every failure of the Commune API as an RFC 9457 problem ({@code
 * application/problem+json}) with the stable LienThong code, in Vietnamese unless the client asks
 * for English ({@code Accept-Language: en}). Form errors list one entry per field with its JSON
 * Pointer in {@code path}. JAX-RS's own errors (unknown path, wrong method) keep their status.
 *
 * <p>Thread-safe (the injected headers are a per-request proxy).
 *
 * @since 0.1.0
 */
@Provider
public final class ProblemMapper implements ExceptionMapper<Exception> {

  private static final SafeLogger LOG = SafeLogger.of(ProblemMapper.class);

  @Context private HttpHeaders headers;

  /** Creates the mapper. */
  public ProblemMapper() {}

  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof WebApplicationException w) {
      return w.getResponse();
    }
    Locale locale = locale();
    ProblemDetails problem;
    if (exception instanceof FormRejectedException f) {
      ProblemDetails.Builder b =
          ProblemDetails.builder()
              .code(f.code())
              .title(ErrorMessages.title(f.errorCode(), locale))
              .status(f.errorCode().httpStatus())
              .detail(f.message(locale));
      for (FormError e : f.errors()) {
        b.error(
            new ProblemDetails.FieldError(
                e.code().code(),
                e.pointer(),
                null,
                e.pointer(),
                locale.getLanguage().equals("en") ? e.messageEn() : e.messageVi()));
      }
      problem = b.build();
    } else if (exception instanceof LienThongException e) {
      problem = ProblemDetails.from(e, locale);
      String explanation =
          e.details()
              .arguments()
              .get(locale.getLanguage().equals("en") ? "explanation" : "explanationVi");
      if (explanation != null) {
        problem = withExtension(problem, "decision", explanation);
      }
      if (e.errorCode().httpStatus() >= 500) {
        LOG.warn("Commune API failure {}: {}", e.code(), e.getMessage());
      }
    } else {
      LOG.error("unexpected Commune API failure: {}", exception.toString());
      problem =
          ProblemDetails.from(
              new LienThongException(
                  RefappErrorCode.INTERNAL_ERROR,
                  ErrorDetails.field(exception.getClass().getSimpleName())),
              locale);
    }
    return Response.status(problem.status())
        .type(ProblemDetails.MEDIA_TYPE + ";charset=UTF-8")
        .entity(problem.toJson())
        .build();
  }

  private Locale locale() {
    try {
      for (Locale l : headers.getAcceptableLanguages()) {
        if (l.getLanguage().equals("en")) {
          return Locale.ENGLISH;
        }
        if (l.getLanguage().equals("vi")) {
          return ErrorMessages.VIETNAMESE;
        }
      }
    } catch (RuntimeException ignored) {
      // No request in scope: the default language.
    }
    return ErrorMessages.VIETNAMESE;
  }

  private static ProblemDetails withExtension(ProblemDetails p, String name, String value) {
    ProblemDetails.Builder b =
        ProblemDetails.builder().title(p.title()).status(p.status()).extension(name, value);
    p.code().ifPresent(b::code);
    p.detail().ifPresent(b::detail);
    p.instance().ifPresent(b::instance);
    p.errors().forEach(b::error);
    p.extensions().forEach(b::extension);
    return b.build();
  }
}
