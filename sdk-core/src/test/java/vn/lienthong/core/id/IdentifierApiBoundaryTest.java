package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No public or protected signature of the identifiers package mentions an internal type. */
class IdentifierApiBoundaryTest {

  private static final List<Class<?>> API =
      List.of(
          AgencyCode.class,
          BirthRegistrationPlace.class,
          DossierCode.class,
          DossierCodeFormat.class,
          DossierCodeGenerator.class,
          DossierCodeGenerator.Builder.class,
          DossierSequenceSource.class,
          Gender.class,
          InMemoryDossierSequenceSource.class,
          JdbcDossierSequenceSource.class,
          JdbcDossierSequenceSource.Builder.class,
          LegacyIdCardNumber.class,
          PersonalIdFinding.class,
          PersonalIdNumber.class,
          ProcedureCode.class,
          TaxCode.class,
          TaxCodeKind.class,
          TaxpayerKind.class);

  @Test
  void publicSignaturesNeverMentionInternalTypes() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : API) {
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers())) {
          check(
              leaks,
              m,
              Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes())));
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers())) {
          check(leaks, k, Stream.of(k.getParameterTypes()));
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers()) && f.getType().getName().contains(".internal.")) {
          leaks.add(c.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(List<String> leaks, Executable e, Stream<Class<?>> types) {
    types
        .filter(t -> t.getName().contains(".internal."))
        .forEach(t -> leaks.add(e.getDeclaringClass().getSimpleName() + "." + e.getName()));
  }
}
