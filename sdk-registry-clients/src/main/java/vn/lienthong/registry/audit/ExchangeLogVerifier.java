package vn.lienthong.registry.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.LienThongException;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.internal.audit.ChainChecker;
import vn.lienthong.registry.internal.audit.ExportFormat;

/**
 * Checks an exported exchange log offline, with nothing but the file: reads it line by line and
 * reports the first broken link ({@link ChainReport}). Also a standalone program:
 *
 * <pre>{@code
 * java -cp sdk-registry-clients.jar:... vn.lienthong.registry.audit.ExchangeLogVerifier \
 *     exchange-log.jsonl [expected-last-hash]
 * # exit status 0: intact; 1: broken (the line and the problem are printed); 2: usage or I/O error
 * }</pre>
 *
 * <p>All methods are static and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExchangeLogVerifier {

  private ExchangeLogVerifier() {}

  /**
   * Verifies an export file.
   *
   * @param file the JSON Lines file
   * @return the report
   * @throws NullPointerException if {@code file} is null
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_FILE_FAILED} if the file
   *     cannot be read
   */
  public static ChainReport verify(Path file) {
    return verifyFile(file, null);
  }

  /**
   * Verifies an export file and that its last entry has the expected hash, so that entries removed
   * from the end are detected too.
   *
   * @param file the JSON Lines file
   * @param expectedLastHash the hash kept elsewhere ({@link ExchangeLog#lastHash()})
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_FILE_FAILED} if the file
   *     cannot be read
   */
  public static ChainReport verify(Path file, String expectedLastHash) {
    return verifyFile(file, Objects.requireNonNull(expectedLastHash, "expectedLastHash"));
  }

  private static ChainReport verifyFile(Path file, @Nullable String anchor) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return verify(in, anchor);
    } catch (IOException e) {
      throw ExchangeLog.fileFailed(
          file.getFileName() == null ? "-" : file.getFileName().toString(), "read", e);
    }
  }

  /**
   * Verifies an export read from a stream.
   *
   * @param in the JSON Lines stream, UTF-8; not closed
   * @param expectedLastHash the hash the last entry must have, or null to skip that check
   * @return the report
   * @throws NullPointerException if {@code in} is null
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_FILE_FAILED} if the
   *     stream cannot be read
   */
  public static ChainReport verify(InputStream in, @Nullable String expectedLastHash) {
    Objects.requireNonNull(in, "in");
    return verify(in, new ChainChecker(), expectedLastHash);
  }

  /**
   * Verifies a contiguous segment of an export (for example the entries about one dossier and those
   * between them): the first entry must have the given sequence number and link to the given hash,
   * which the holder of the whole log (or an earlier segment) vouches for.
   *
   * <pre>{@code
   * ChainReport r = ExchangeLogVerifier.verifySegment(in, 42, previousHashOf42, null);
   * }</pre>
   *
   * @param in the JSON Lines stream, UTF-8; not closed
   * @param firstSequence the sequence number of the segment's first entry, from 1
   * @param previousHash the hash the first entry links to (64 zeros when it is entry 1)
   * @param expectedLastHash the hash the last entry must have, or null to skip that check
   * @return the report; lines are counted from the segment's first line
   * @throws NullPointerException if {@code in} or {@code previousHash} is null
   * @throws IllegalArgumentException if {@code firstSequence} is below 1
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_FILE_FAILED} if the
   *     stream cannot be read
   * @since 0.1.0
   */
  public static ChainReport verifySegment(
      InputStream in, long firstSequence, String previousHash, @Nullable String expectedLastHash) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(previousHash, "previousHash");
    if (firstSequence < 1) {
      throw new IllegalArgumentException("firstSequence must be at least 1");
    }
    return verify(in, new ChainChecker(firstSequence, previousHash), expectedLastHash);
  }

  private static ChainReport verify(
      InputStream in, ChainChecker checker, @Nullable String expectedLastHash) {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    long lineNumber = 0;
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    try {
      int ch;
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) != -1) {
        for (int i = 0; i < n; i++) {
          ch = buffer[i];
          if (ch != '\n') {
            if (line.length() < ExportFormat.MAX_LINE_LENGTH) {
              line.append((char) ch);
            } else {
              tooLong = true;
            }
            continue;
          }
          lineNumber++;
          if (!check(checker, lineNumber, line, tooLong)) {
            return checker.report(null, lineNumber);
          }
          line.setLength(0);
          tooLong = false;
        }
      }
      if (line.length() > 0 || tooLong) {
        lineNumber++;
        if (!check(checker, lineNumber, line, tooLong)) {
          return checker.report(null, lineNumber);
        }
      }
    } catch (CharacterCodingException e) {
      checker.fail(lineNumber + 1, "not UTF-8 text");
      return checker.report(null, lineNumber);
    } catch (IOException e) {
      throw ExchangeLog.fileFailed("stream", "read", e);
    }
    return checker.report(expectedLastHash, lineNumber);
  }

  private static boolean check(
      ChainChecker checker, long lineNumber, StringBuilder line, boolean tooLong) {
    if (tooLong) {
      return checker.fail(
          lineNumber, "line longer than " + ExportFormat.MAX_LINE_LENGTH + " characters");
    }
    String text = line.toString();
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    ExchangeEntry entry;
    try {
      entry = ExportFormat.parse(text);
    } catch (IllegalArgumentException e) {
      return checker.fail(lineNumber, "unreadable entry: " + e.getMessage());
    }
    return checker.accept(lineNumber, entry);
  }

  /**
   * Verifies the file named by the first argument, against the hash in the optional second, and
   * prints the result.
   *
   * @param args the file, and optionally the expected last hash
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ExchangeLogVerifier <export.jsonl> [expected-last-hash]");
      System.exit(2);
      return;
    }
    ChainReport report;
    try {
      report = args.length == 2 ? verify(Path.of(args[0]), args[1]) : verify(Path.of(args[0]));
    } catch (LienThongException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (report.intact()) {
      System.out.println(
          "intact: " + report.entriesChecked() + " entries, last hash " + report.lastHash());
      System.exit(0);
    } else {
      System.out.println(
          "BROKEN at line "
              + report.brokenAtLine()
              + ": "
              + report.problem()
              + " ("
              + report.entriesChecked()
              + " entries intact before it)");
      System.exit(1);
    }
  }
}
