package vn.lienthong.core.internal.contracts;

import java.net.URI;
import java.util.Objects;

/**
 * A node in a bundled contract file: the file's path under the contracts folder and a JSON Pointer
 * (RFC 6901) into it. Immutable and thread-safe.
 *
 * @param file the path, such as {@code registry/population.yaml}
 * @param pointer the JSON Pointer, empty for the whole file
 * @since 0.1.0
 */
public record Location(String file, String pointer) {

  /**
   * Creates a location.
   *
   * @param file the path
   * @param pointer the JSON Pointer
   * @throws NullPointerException if an argument is null
   */
  public Location {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Returns the location of a child node.
   *
   * @param tokens the unescaped reference tokens to append
   * @return the child location
   */
  public Location child(String... tokens) {
    StringBuilder b = new StringBuilder(pointer);
    for (String t : tokens) {
      b.append('/').append(t.replace("~", "~0").replace("/", "~1"));
    }
    return new Location(file, b.toString());
  }

  /**
   * Returns the location a {@code $ref} found at this location points to.
   *
   * @param ref the reference, relative ({@code ../bus/envelope.yaml#/components/...}) or local
   *     ({@code #/components/...})
   * @return the target
   */
  public Location follow(String ref) {
    int hash = ref.indexOf('#');
    String target = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    String targetFile =
        target.isEmpty()
            ? file
            : URI.create(ContractDocuments.BASE_IRI + file)
                .resolve(target)
                .toString()
                .substring(ContractDocuments.BASE_IRI.length());
    return new Location(targetFile, fragment);
  }

  /**
   * Returns this location as an IRI under {@link ContractDocuments#BASE_IRI}.
   *
   * @return the IRI, with the pointer as fragment
   */
  public String iri() {
    return ContractDocuments.BASE_IRI + file + "#" + pointer;
  }
}
