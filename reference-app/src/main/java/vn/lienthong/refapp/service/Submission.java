package vn.lienthong.refapp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.Channel;
import vn.lienthong.core.id.ProcedureCode;

/**
 * A dossier being filed: procedure, e-form data, applicant, the commune competent to decide (which
 * may differ from the office that received it: citizens may file anywhere), channel, files, and an
 * optional idempotency key so a retried submission makes one dossier.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * Submission s = Submission.builder()
 *     .procedure(ProcedureCode.parse("1.001193"))
 *     .formData(json)
 *     .applicant(Applicant.citizen(id, PersonName.parse("Nguyễn Thị Lan")))
 *     .competentCommune("00004")
 *     .idempotencyKey("web", "8f0c...")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Submission {

  /** The longest idempotency key. */
  public static final int MAX_KEY_LENGTH = 128;

  private final ProcedureCode procedure;
  private final String formData;
  private final Applicant applicant;
  private final String competentCommune;
  private final String receivingOffice;
  private final Channel channel;
  private final String actor;
  private final @Nullable String idempotencyScope;
  private final @Nullable String idempotencyKey;
  private final List<NewFile> files;

  private Submission(Builder b) {
    this.procedure = Objects.requireNonNull(b.procedure, "procedure required");
    this.formData = Objects.requireNonNull(b.formData, "formData required");
    this.applicant = Objects.requireNonNull(b.applicant, "applicant required");
    this.competentCommune = Objects.requireNonNull(b.competentCommune, "competentCommune required");
    this.receivingOffice = b.receivingOffice != null ? b.receivingOffice : competentCommune;
    this.channel = b.channel;
    this.actor = b.actor;
    this.idempotencyScope = b.idempotencyScope;
    this.idempotencyKey = b.idempotencyKey;
    this.files = List.copyOf(b.files);
  }

  /**
   * Starts a submission.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the procedure.
   *
   * @return the procedure code
   */
  public ProcedureCode procedure() {
    return procedure;
  }

  /**
   * Returns the e-form data (JSON text; personal data).
   *
   * @return the data
   */
  public String formData() {
    return formData;
  }

  /**
   * Returns the applicant.
   *
   * @return the applicant
   */
  public Applicant applicant() {
    return applicant;
  }

  /**
   * Returns the 5-digit code of the commune that decides.
   *
   * @return the commune code
   */
  public String competentCommune() {
    return competentCommune;
  }

  /**
   * Returns the 5-digit code of the commune office that received the dossier.
   *
   * @return the commune code (the competent commune unless set)
   */
  public String receivingOffice() {
    return receivingOffice;
  }

  /**
   * Returns the channel.
   *
   * @return the channel ({@link Channel#ONLINE} unless set)
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns who files it, for the history ({@code citizen}, {@code portal}, {@code officer:<id>}).
   *
   * @return the actor
   */
  public String actor() {
    return actor;
  }

  /**
   * Returns the idempotency key's scope (who issued the key), if a key was given.
   *
   * @return the scope, or null
   */
  public @Nullable String idempotencyScope() {
    return idempotencyScope;
  }

  /**
   * Returns the idempotency key, if given.
   *
   * @return the key, or null
   */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * Returns the files handed in.
   *
   * @return the files
   */
  public List<NewFile> files() {
    return files;
  }

  @Override
  public String toString() {
    return "Submission[" + procedure + " " + applicant.masked() + " -> " + competentCommune + "]";
  }

  /**
   * Builds a {@link Submission}; not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable ProcedureCode procedure;
    private @Nullable String formData;
    private @Nullable Applicant applicant;
    private @Nullable String competentCommune;
    private @Nullable String receivingOffice;
    private Channel channel = Channel.ONLINE;
    private String actor = "citizen";
    private @Nullable String idempotencyScope;
    private @Nullable String idempotencyKey;
    private final List<NewFile> files = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the procedure (required).
     *
     * @param procedure the procedure code
     * @return this builder
     */
    public Builder procedure(ProcedureCode procedure) {
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      return this;
    }

    /**
     * Sets the e-form data (required).
     *
     * @param formData the JSON text
     * @return this builder
     */
    public Builder formData(String formData) {
      this.formData = Objects.requireNonNull(formData, "formData");
      return this;
    }

    /**
     * Sets the applicant (required).
     *
     * @param applicant the applicant
     * @return this builder
     */
    public Builder applicant(Applicant applicant) {
      this.applicant = Objects.requireNonNull(applicant, "applicant");
      return this;
    }

    /**
     * Sets the commune competent to decide (required).
     *
     * @param communeCode its 5-digit code
     * @return this builder
     */
    public Builder competentCommune(String communeCode) {
      this.competentCommune = Objects.requireNonNull(communeCode, "competentCommune");
      return this;
    }

    /**
     * Sets the commune office that received the dossier.
     *
     * @param communeCode its 5-digit code
     * @return this builder
     */
    public Builder receivingOffice(String communeCode) {
      this.receivingOffice = Objects.requireNonNull(communeCode, "receivingOffice");
      return this;
    }

    /**
     * Sets the channel.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets who files it.
     *
     * @param actor e.g. {@code citizen} or {@code portal}
     * @return this builder
     */
    public Builder actor(String actor) {
      this.actor = Requests.text("actor", actor, 200);
      return this;
    }

    /**
     * Sets the idempotency key: a second submission with the same scope and key returns the first
     * one's dossier; with a different request it is refused.
     *
     * @param scope who issues the keys, e.g. {@code web} or {@code portal}
     * @param key the key, 1-128 characters
     * @return this builder
     */
    public Builder idempotencyKey(String scope, String key) {
      this.idempotencyScope = Requests.text("idempotencyScope", scope, 32);
      this.idempotencyKey = Requests.text("Idempotency-Key", key, MAX_KEY_LENGTH);
      return this;
    }

    /**
     * Adds a file.
     *
     * @param file the file
     * @return this builder
     */
    public Builder file(NewFile file) {
      files.add(Objects.requireNonNull(file, "file"));
      if (files.size() > NewFile.MAX_FILES) {
        throw Requests.invalid("files", "at most " + NewFile.MAX_FILES + " files");
      }
      return this;
    }

    /**
     * Builds the submission.
     *
     * @return the submission
     * @throws NullPointerException if procedure, form data, applicant or competent commune is
     *     missing
     */
    public Submission build() {
      return new Submission(this);
    }
  }
}
