package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps docs/requirements.md equal to the catalogue; {@code -Ddocs.update=true} rewrites it. */
class RequirementsDocTest {

  private static final Path PAGE = Path.of("..", "docs", "requirements.md");

  @Test
  void docsPageMatchesTheCatalogue() throws Exception {
    String expected = RequirementsMarkdown.render(RequirementCatalogue.standard());
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(PAGE)).as("docs/requirements.md exists").isTrue();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("run 'mvn -pl conformance-kit verify -Ddocs.update=true' to refresh the page")
        .isEqualTo(expected);
  }
}
