package vn.lienthong.refapp.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.lienthong.core.InvalidInputException;

/**
 * Fuzzes the upload inspector: whatever the bytes, it returns an inspected upload or throws {@link
 * InvalidInputException} with an upload code ({@code LT-APP-03xx}), never anything else. In a
 * normal build this replays the committed corpus under {@code UploadInspectorFuzzTestInputs} (small
 * PDF, JPEG and PNG files, polyglots, truncations); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class UploadInspectorFuzzTest {

  private static final UploadInspector INSPECTOR =
      UploadInspector.builder().maxBytes(1024 * 1024).maxPixels(4_000_000).build();

  @FuzzTest(maxDuration = "60s")
  void inspectAcceptsOrRefusesWithAnUploadCode(byte[] data) {
    try {
      InspectedUpload upload = INSPECTOR.inspect("tep", data);
      assertThat(upload.size()).isEqualTo(data.length);
    } catch (InvalidInputException expected) {
      assertThat(expected.code()).matches("LT-APP-03\\d\\d");
    }
  }
}
