package vn.lienthong.refapp.service;

import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.refapp.RefappErrorCode;

/** Shared checks of request values. */
final class Requests {

  private Requests() {}

  static InvalidInputException invalid(String field, String rule) {
    return new InvalidInputException(
        RefappErrorCode.INVALID_REQUEST, ErrorDetails.field(field).rule(rule));
  }

  static String text(String field, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      throw invalid(field, "1-" + max + " characters");
    }
    return value;
  }
}
