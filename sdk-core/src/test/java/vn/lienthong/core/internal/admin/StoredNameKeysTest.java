package vn.lienthong.core.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.admin.Province;

/**
 * The data step (build-tools) computes every unit's name key so that loading folds nothing; it
 * cannot call the runtime's key function, so this test keeps the two equal for every unit.
 */
class StoredNameKeysTest {

  @Test
  void everyStoredKeyEqualsTheRuntimeKeyOfItsUnit() {
    UnitTables t = UnitTables.loadJuly2025();
    String[] stored = t.storedNameKeys();
    List<String> drift = new ArrayList<>();
    int i = 0;
    for (Province p : t.provinces()) {
      String runtime = NameKeys.baseKey(p.name(), p.kind());
      if (!runtime.equals(stored[i])) {
        drift.add(p.code() + " " + p.name() + ": stored '" + stored[i] + "', runtime '" + runtime);
      }
      i++;
    }
    for (Commune c : t.communes()) {
      String runtime = NameKeys.baseKey(c.name(), c.kind());
      if (!runtime.equals(stored[i])) {
        drift.add(c.code() + " " + c.name() + ": stored '" + stored[i] + "', runtime '" + runtime);
      }
      i++;
    }
    assertThat(i).isEqualTo(34 + 3321);
    assertThat(drift).isEmpty();
  }

  @Test
  void keysAreFoldedWithoutTheKindWord() {
    UnitTables t = UnitTables.loadJuly2025();
    String[] stored = t.storedNameKeys();
    int baDinh = 34 + t.communes().indexOf(t.commune("00004").orElseThrow());
    assertThat(stored[baDinh]).isEqualTo("ba dinh");
    int daNang = t.provinces().indexOf(t.province("48").orElseThrow());
    assertThat(stored[daNang]).isEqualTo("da nang");
  }
}
