package vn.lienthong.registry.edxml;

import java.util.Objects;
import vn.lienthong.core.id.AgencyCode;

/**
 * An organ (cơ quan, tổ chức) sending or receiving a document: its agency electronic identifier and
 * its name.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the agency code, such as {@code 000.00.01.H22}
 * @param name the organ's name, possibly empty
 * @since 0.1.0
 */
public record Organ(AgencyCode id, String name) {

  /**
   * Creates an organ.
   *
   * @param id the agency code
   * @param name the name, possibly empty
   * @throws NullPointerException if an argument is null
   */
  public Organ {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
