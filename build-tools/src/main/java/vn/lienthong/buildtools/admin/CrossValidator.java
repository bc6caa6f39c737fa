package vn.lienthong.buildtools.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the three sources against each other and against the published facts (34 provinces, 6 of
 * them cities; 3,321 communes; unique codes; every merges.json unit in the official lists under the
 * same name and province; a consistent old-to-new mapping), collecting every problem before
 * failing.
 */
final class CrossValidator {

  static final int PROVINCES = 34;
  static final int CITIES = 6;
  static final int COMMUNES = 3321;

  /**
   * Name differences between merges.json and the official lists that were checked and explained, by
   * new code. Empty for the committed data: any difference fails the build until explained here.
   */
  static final Map<String, String> EXPLAINED_NAME_DIFFERENCES = Map.of();

  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private CrossValidator() {}

  static Dataset validate(
      List<SourceModel.Province> provinces,
      List<SourceModel.Commune> communes,
      List<SourceModel.ProvinceMerge> merges) {
    return new CrossValidator().run(provinces, communes, merges);
  }

  private Dataset run(
      List<SourceModel.Province> provinces,
      List<SourceModel.Commune> communes,
      List<SourceModel.ProvinceMerge> merges) {
    Map<String, Integer> provinceIndex = new HashMap<>();
    for (SourceModel.Province p : provinces) {
      if (provinceIndex.put(p.code(), provinceIndex.size()) != null) {
        problems.add("915: duplicate province code " + p.code());
      }
    }
    check(
        provinces.size() == PROVINCES,
        "915: expected " + PROVINCES + " provinces, found " + provinces.size());
    long cities = provinces.stream().filter(p -> p.kind() == UnitKindCode.CITY).count();
    check(cities == CITIES, "915: expected " + CITIES + " cities, found " + cities);
    notes.add(
        "915 writes provinces without 'Tỉnh'; the prefix was restored (Cao Bằng -> Tỉnh Cao"
            + " Bằng) to match merges.json and the commune list");

    Map<String, Integer> communeIndex = new HashMap<>();
    for (SourceModel.Commune c : communes) {
      Integer previous = communeIndex.put(c.code(), communeIndex.size());
      if (previous != null) {
        problems.add(
            "1027 line "
                + c.line()
                + ": duplicate commune code "
                + c.code()
                + " (first at line "
                + communes.get(previous).line()
                + ")");
      }
      check(
          provinceIndex.containsKey(c.provinceCode()),
          "1027 line " + c.line() + ": province " + c.provinceCode() + " is not in 915");
    }
    check(
        communes.size() == COMMUNES,
        "1027: expected " + COMMUNES + " communes, found " + communes.size());

    Map<String, Dataset.Legacy> oldProvinces = new TreeMap<>();
    Map<String, Dataset.Legacy> oldCommunes = new TreeMap<>();
    Map<String, Boolean> seenProvinces = new LinkedHashMap<>();
    Map<String, Boolean> seenCommunes = new HashMap<>();
    for (SourceModel.ProvinceMerge pm : merges) {
      SourceModel.Merge m = pm.province();
      Integer pi = provinceIndex.get(m.newCode());
      if (pi == null) {
        problems.add(
            "merges.json: new province " + m.newCode() + " (" + m.newName() + ") is not in 915");
        continue;
      }
      seenProvinces.put(m.newCode(), true);
      checkName("province", m.newCode(), m.newName(), provinces.get(pi).name());
      for (SourceModel.Predecessor old : m.predecessors()) {
        check(
            old.oldCode().matches("[0-9]{2}"),
            "merges.json: old province code '"
                + old.oldCode()
                + "' of new province "
                + m.newCode()
                + " is not 2 digits");
        addLegacy(oldProvinces, old, pi, "province");
      }
      for (SourceModel.Merge cm : pm.communes()) {
        Integer ci = communeIndex.get(cm.newCode());
        if (ci == null) {
          problems.add(
              "merges.json: new commune "
                  + cm.newCode()
                  + " ("
                  + cm.newName()
                  + ") is not in 1027");
          continue;
        }
        seenCommunes.put(cm.newCode(), true);
        SourceModel.Commune official = communes.get(ci);
        checkName("commune", cm.newCode(), cm.newName(), official.name());
        check(
            official.provinceCode().equals(m.newCode()),
            "merges.json: commune "
                + cm.newCode()
                + " is listed under province "
                + m.newCode()
                + " but 1027 puts it in "
                + official.provinceCode());
        for (SourceModel.Predecessor old : cm.predecessors()) {
          if (old.oldCode().matches("[0-9]{3}") && official.kind() == UnitKindCode.SPECIAL_ZONE) {
            notes.add(
                "old district "
                    + old.oldCode()
                    + " ("
                    + old.oldName()
                    + ", a district"
                    + " without communes) -> special zone "
                    + cm.newCode()
                    + ": not a commune code,"
                    + " left out of the legacy commune table");
            continue;
          }
          check(
              old.oldCode().matches("[0-9]{5}"),
              "merges.json: old commune code '"
                  + old.oldCode()
                  + "' of new commune "
                  + cm.newCode()
                  + " is not 5 digits");
          addLegacy(oldCommunes, old, ci, "commune");
        }
      }
    }
    for (SourceModel.Province p : provinces) {
      check(
          seenProvinces.containsKey(p.code()),
          "merges.json: province " + p.code() + " of 915 has no entry");
    }
    for (SourceModel.Commune c : communes) {
      check(
          seenCommunes.containsKey(c.code()),
          "merges.json: commune " + c.code() + " (" + c.name() + ") of 1027 has no entry");
    }
    checkLegacy(oldProvinces, "province");
    checkLegacy(oldCommunes, "commune");
    if (!problems.isEmpty()) {
      throw new DataStepException("the administrative unit sources are inconsistent", problems);
    }
    return new Dataset(
        List.copyOf(provinces),
        List.copyOf(communes),
        List.copyOf(oldProvinces.values()),
        List.copyOf(oldCommunes.values()),
        List.copyOf(notes));
  }

  private void addLegacy(
      Map<String, Dataset.Legacy> table, SourceModel.Predecessor old, int newIndex, String level) {
    Dataset.Legacy existing = table.get(old.oldCode());
    if (existing == null) {
      existing = new Dataset.Legacy(old.oldCode(), old.oldName(), new ArrayList<>());
      table.put(old.oldCode(), existing);
    } else if (!existing.oldName().equals(old.oldName())) {
      problems.add(
          "merges.json: old "
              + level
              + " "
              + old.oldCode()
              + " is named both '"
              + existing.oldName()
              + "' and '"
              + old.oldName()
              + "'");
    }
    existing.targets().add(new Dataset.Target(newIndex, old.full()));
  }

  private void checkLegacy(Map<String, Dataset.Legacy> table, String level) {
    for (Dataset.Legacy l : table.values()) {
      long full = l.targets().stream().filter(Dataset.Target::full).count();
      if (full > 0 && l.targets().size() > 1) {
        problems.add(
            "merges.json: old "
                + level
                + " "
                + l.oldCode()
                + " ("
                + l.oldName()
                + ") went wholly into one new unit but also into "
                + (l.targets().size() - 1)
                + " other(s)");
      }
      if (l.targets().size() > 255) {
        problems.add("old " + level + " " + l.oldCode() + " has too many successors");
      }
    }
  }

  private void checkName(String level, String code, String mergesName, String officialName) {
    if (mergesName.equals(officialName)) {
      return;
    }
    String explanation = EXPLAINED_NAME_DIFFERENCES.get(code);
    if (explanation == null) {
      problems.add(
          "merges.json: "
              + level
              + " "
              + code
              + " is named '"
              + mergesName
              + "' but the official list says '"
              + officialName
              + "'");
    } else {
      notes.add(
          level
              + " "
              + code
              + ": '"
              + mergesName
              + "' vs official '"
              + officialName
              + "': "
              + explanation);
    }
  }

  private void check(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }
}
