package vn.lienthong.buildtools.admin;

import java.util.List;

/** The records read from the official source lists and from merges.json. */
final class SourceModel {

  private SourceModel() {}

  /** A provincial unit of the 2025 list (915/CTK-CSCL). */
  record Province(String code, String name, UnitKindCode kind) {}

  /** A commune-level unit of the 2025 list (1027/CTK-CSCL), with its source line for messages. */
  record Commune(int line, String code, String name, UnitKindCode kind, String provinceCode) {}

  /** An old (pre-2025) unit merged wholly ({@code full}) or partly into a new one. */
  record Predecessor(String oldCode, String oldName, boolean full) {}

  /** A new unit and the old units merged into it, as merges.json lists it. */
  record Merge(String newCode, String newName, List<Predecessor> predecessors) {}

  /** A new province, its old provinces and its communes' merges. */
  record ProvinceMerge(Merge province, List<Merge> communes) {}
}
