package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java blocks of docs/*.md and the README identical to the tagged regions of the example
 * tests, so an example in the docs is always code that compiles and runs. A block is bound to its
 * source by the line {@code <!-- example: ClassName#tag -->} right before it; the source region
 * lies between {@code // tag::tag[]} and {@code // end::tag[]}. Run with {@code -Ddocs.update=true}
 * to rewrite the Markdown from the sources.
 */
class DocExamplesTest {

  private static final Path DOCS = Path.of(".");
  private static final Path README = Path.of("../README.md");
  private static final Path SOURCES = Path.of("src/test/java/vn/lienthong/docs");
  private static final Pattern MARKER =
      // The block body is whole lines, none starting a fence, closed by a line that is exactly ```:
      // an unclosed block can never swallow the prose and blocks that follow it.
      Pattern.compile(
          "<!-- example: (\\w+)#([\\w-]+) -->\\n```java\\n((?:(?!```)[^\\n]*\\n)*)```(?=\\n|$)");
  private static final Pattern ANY_MARKER = Pattern.compile("<!-- example: ([\\w#-]+) -->");

  @Test
  void everyMarkedJavaBlockMatchesItsCompiledExample() throws IOException {
    boolean update = Boolean.getBoolean("docs.update");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path md : markdownFiles()) {
      String text = Files.readString(md, StandardCharsets.UTF_8);
      Matcher m = MARKER.matcher(text);
      StringBuilder rewritten = new StringBuilder();
      while (m.find()) {
        checked++;
        String expected = region(m.group(1), m.group(2), problems, md);
        if (expected != null && !expected.equals(m.group(3))) {
          problems.add(
              md + ": block " + m.group(1) + "#" + m.group(2) + " differs from its source");
        }
        String replacement =
            "<!-- example: "
                + m.group(1)
                + "#"
                + m.group(2)
                + " -->\n```java\n"
                + (expected != null ? expected : m.group(3))
                + "```";
        m.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(rewritten);
      long markers = ANY_MARKER.matcher(text).results().count();
      long bound = MARKER.matcher(text).results().count();
      if (markers != bound) {
        problems.add(
            md
                + ": "
                + (markers - bound)
                + " example marker(s) not followed by a closed ```java block");
      }
      if (update && !rewritten.toString().equals(text)) {
        Files.writeString(md, rewritten.toString(), StandardCharsets.UTF_8);
      }
    }
    if (update) {
      problems.removeIf(p -> p.contains("differs from its source"));
    }
    assertThat(checked).as("marked examples found in docs/*.md").isPositive();
    assertThat(problems)
        .as("run 'mvn -pl docs verify -Ddocs.update=true' to refresh the Markdown")
        .isEmpty();
  }

  @Test
  void everyJavaBlockInTheDocsIsAnExample() throws IOException {
    List<String> unmarked = new ArrayList<>();
    for (Path md : markdownFiles()) {
      List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).equals("```java")
            && (i == 0 || !lines.get(i - 1).startsWith("<!-- example: "))) {
          unmarked.add(md + ":" + (i + 1));
        }
      }
    }
    assertThat(unmarked).as("Java blocks not bound to a compiled example").isEmpty();
  }

  private static List<Path> markdownFiles() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      return Stream.concat(
              files.filter(p -> p.toString().endsWith(".md")).sorted(), Stream.of(README))
          .toList();
    }
  }

  private static String region(String className, String tag, List<String> problems, Path md)
      throws IOException {
    Path source = SOURCES.resolve(className + ".java");
    if (!Files.exists(source)) {
      problems.add(md + ": example class " + source + " not found");
      return null;
    }
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("// tag::" + tag + "[]")) {
        start = i + 1;
      } else if (line.equals("// end::" + tag + "[]")) {
        end = i;
      }
    }
    if (start < 0 || end < start) {
      problems.add(md + ": tag " + tag + " not found in " + source);
      return null;
    }
    List<String> body = lines.subList(start, end);
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    for (String l : body) {
      out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
