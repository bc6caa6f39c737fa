package vn.lienthong.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * sdk-core excludes the schema validator's YAML support (jackson-dataformat-yaml, SnakeYAML): it is
 * not on the class path, and validation works without it.
 */
class FormYamlFreeTest {

  @Test
  void yamlSupportIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.dataformat.yaml.YAMLFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.yaml.snakeyaml.Yaml"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void validatesWithoutYamlSupport() {
    FormValidationResult result =
        FormValidator.create()
            .validate(
                FormId.BIRTH_REGISTRATION, "{\"copiesRequested\": 1}", LocalDate.of(2026, 3, 16));

    assertThat(result.valid()).isFalse();
    assertThat(result.errors()).extracting(FormError::pointer).contains("/child");
  }
}
