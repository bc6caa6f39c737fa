package vn.lienthong.refapp.service;

import vn.lienthong.identity.officer.Officer;
import vn.lienthong.sandbox.persona.Persona;

/** Lets tests of other packages build officers from the sandbox personas like the demo data. */
public final class DemoDataAccess {

  private DemoDataAccess() {}

  public static Officer officer(Persona persona) {
    return DemoData.officer(persona);
  }
}
