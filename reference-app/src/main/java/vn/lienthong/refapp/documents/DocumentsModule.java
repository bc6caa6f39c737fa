package vn.lienthong.refapp.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.uploads.UploadInspector;

/**
 * Receipts, result documents and their signing, and upload inspection: registers {@link
 * ResultDocuments} and {@link UploadInspector} in the {@link AppContext}. Uses the {@link
 * SigningKeys} an embedder registered before it starts, else those the settings name ({@code
 * signing.*}; demo keys by default).
 *
 * <p>Instances are not shared between apps; {@link #close()} closes the keys it opened.
 *
 * @since 0.1.0
 */
public final class DocumentsModule implements AppModule {

  private static final SafeLogger LOG = SafeLogger.of(DocumentsModule.class);

  private volatile @Nullable SigningKeys opened;

  /** Creates the module. */
  public DocumentsModule() {}

  @Override
  public String name() {
    return "documents";
  }

  /** The keys and documents built from the settings alone, before {@link #start}. */
  private record Prepared(SigningKeys keys, ResultDocuments documents, UploadInspector uploads) {}

  private volatile @Nullable Prepared prepared;

  /**
   * Loads (or, at first start, generates) the signing keys the settings name, finds the fonts and
   * renders the demo signature images, off the main thread when {@code ReferenceApp} starts.
   */
  @Override
  public void prepare(AppConfig config, Clock clock) {
    SigningKeys keys = SigningKeys.fromConfig(config, clock.instant());
    try {
      prepared =
          new Prepared(keys, documents(config, clock, keys), UploadInspector.fromConfig(config));
    } catch (RuntimeException e) {
      keys.close();
      throw e;
    }
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    AppConfig config = context.config();
    Optional<SigningKeys> registered = context.find(SigningKeys.class);
    Prepared ready = prepared;
    prepared = null;
    if (ready != null && registered.isPresent()) {
      ready.keys().close();
      ready = null;
    }
    SigningKeys keys;
    if (registered.isPresent()) {
      keys = registered.get();
    } else {
      keys =
          ready != null ? ready.keys() : SigningKeys.fromConfig(config, context.clock().instant());
      opened = keys;
      context.register(SigningKeys.class, keys);
    }
    ResultDocuments built =
        ready != null ? ready.documents() : documents(config, context.clock(), keys);
    context.register(ResultDocuments.class, built);
    context.register(
        vn.lienthong.refapp.service.ResultIssuer.class,
        new DossierResultIssuer(built, context.dataSource()));
    context.register(
        UploadInspector.class,
        ready != null ? ready.uploads() : UploadInspector.fromConfig(config));
    LOG.info(
        "result signing keys: approver from {}, agency from {}",
        registered.isPresent()
            ? "the registered SigningKeys"
            : config.get(SigningKeys.SOURCE.formatted(SigningKeys.APPROVER), "demo"),
        registered.isPresent()
            ? "the registered SigningKeys"
            : config.get(SigningKeys.SOURCE.formatted(SigningKeys.AGENCY), "demo"));
  }

  private static ResultDocuments documents(AppConfig config, Clock clock, SigningKeys keys) {
    ResultDocuments.Builder documents = ResultDocuments.builder().keys(keys).clock(clock);
    config.get(ResultDocuments.FONT_DIR).map(Path::of).ifPresent(documents::fontDirectory);
    config
        .get(ResultDocuments.APPROVER_IMAGE)
        .map(f -> png(ResultDocuments.APPROVER_IMAGE, f))
        .ifPresent(documents::approverImage);
    config
        .get(ResultDocuments.SEAL_IMAGE)
        .map(f -> png(ResultDocuments.SEAL_IMAGE, f))
        .ifPresent(documents::sealImage);
    return documents.build();
  }

  private static byte[] png(String setting, String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new ConfigurationException(
          RefappErrorCode.INVALID_SETTING,
          ErrorDetails.field(setting).rule("a readable PNG file"),
          e);
    }
  }

  @Override
  public void close() {
    Prepared unused = prepared;
    prepared = null;
    if (unused != null) {
      unused.keys().close();
    }
    SigningKeys keys = opened;
    if (keys != null) {
      keys.close();
    }
  }
}
