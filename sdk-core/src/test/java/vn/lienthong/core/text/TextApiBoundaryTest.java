package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextApiBoundaryTest {

  @Test
  void publicSignaturesNeverMentionInternalTypes() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type :
        List.of(
            VietnameseText.class,
            VietnameseNames.class,
            PersonName.class,
            VietnameseCollator.class,
            VietnameseNumbers.class,
            VietnameseNumbers.Builder.class,
            ToneStyle.class)) {
      for (Method m : type.getMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        List<Class<?>> used = new ArrayList<>(List.of(m.getParameterTypes()));
        used.add(m.getReturnType());
        for (Class<?> u : used) {
          if (u.getName().contains(".internal.")) {
            leaks.add(type.getSimpleName() + "." + m.getName() + " uses " + u.getName());
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
