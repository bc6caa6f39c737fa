package vn.lienthong.conformance;

import java.util.List;

/**
 * Renders the catalogue as the Markdown page {@code docs/requirements.md}, so the page never drifts
 * from the data.
 *
 * <p>Instances are stateless; the class is thread-safe.
 *
 * @since 0.1.0
 */
public final class RequirementsMarkdown {

  private RequirementsMarkdown() {}

  /**
   * Renders the catalogue.
   *
   * @param catalogue the catalogue
   * @return the Markdown text, ending with a newline
   */
  public static String render(RequirementCatalogue catalogue) {
    StringBuilder out = new StringBuilder();
    out.append("# Conformance requirements (danh mục yêu cầu tuân thủ)\n\n")
        .append("<!-- Generated from conformance-kit/src/main/resources/vn/lienthong/conformance/")
        .append("requirements.yaml by RequirementsDocTest; edit the YAML, then run\n")
        .append("     mvn -pl conformance-kit verify -Ddocs.update=true -->\n\n")
        .append("The requirements the conformance kit checks a commune system against. A system ")
        .append("conforms when every **REQUIRED** (bắt buộc) requirement passes; **RECOMMENDED** ")
        .append(
            "(khuyến nghị) failures are reported as warnings. Ids never change meaning and are ")
        .append("never reused.\n\n");
    long required = catalogue.all().stream().filter(Requirement::required).count();
    out.append(catalogue.all().size())
        .append(" requirements: ")
        .append(required)
        .append(" required, ")
        .append(catalogue.all().size() - required)
        .append(" recommended.\n\n");
    out.append("| id | level | requirement | source |\n|---|---|---|---|\n");
    for (Requirement r : catalogue.all()) {
      out.append("| [")
          .append(r.id())
          .append("](#")
          .append(r.id().toLowerCase(java.util.Locale.ROOT))
          .append(") | ")
          .append(r.level())
          .append(" | ")
          .append(r.title().en())
          .append(" | ")
          .append(cell(r.source()))
          .append(" |\n");
    }
    catalogue
        .areas()
        .forEach(
            (code, name) -> {
              List<Requirement> inArea =
                  catalogue.all().stream().filter(r -> r.area().equals(code)).toList();
              if (inArea.isEmpty()) {
                return;
              }
              out.append("\n## ").append(name.en()).append(" (").append(name.vi()).append(")\n");
              for (Requirement r : inArea) {
                out.append("\n### ").append(r.id()).append("\n\n");
                out.append("**")
                    .append(r.title().en())
                    .append("** (")
                    .append(r.title().vi())
                    .append(") — ")
                    .append(r.level())
                    .append("\n\n");
                out.append(r.statement().en()).append("\n\n");
                out.append("> ").append(r.statement().vi()).append("\n\n");
                out.append("- Why: ").append(r.rationale()).append("\n");
                out.append("- Source: ").append(r.source()).append("\n");
                out.append("- Checks: `").append(String.join("`, `", r.checks())).append("`\n");
              }
            });
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
