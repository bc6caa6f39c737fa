package vn.lienthong.buildtools.admin;

import java.util.List;

/**
 * The cross-validated data written to the resource.
 *
 * @param provinces the 34 provinces in list order
 * @param communes the 3,321 communes in list order
 * @param legacyProvinces old province code to its new province(s), sorted by old code
 * @param legacyCommunes old commune code to its new commune(s), sorted by old code
 * @param notes explained differences and exclusions, for the build log
 */
record Dataset(
    List<SourceModel.Province> provinces,
    List<SourceModel.Commune> communes,
    List<Legacy> legacyProvinces,
    List<Legacy> legacyCommunes,
    List<String> notes) {

  /** One old unit and where it went. */
  record Legacy(String oldCode, String oldName, List<Target> targets) {}

  /** A new unit, by its index in the list, and whether the old unit went into it wholly. */
  record Target(int newIndex, boolean full) {}
}
