package vn.lienthong.refapp.documents;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where the parts of an A4 administrative document go (Decree 30/2020/NĐ-CP, Appendix I: margins,
 * the two heading columns, the signature block at the right), in PDF points from the lower-left
 * corner. The renderers and the signing share these so that the approver's image lands between the
 * title line and the name.
 */
final class Layout {

  static final PDRectangle PAGE = PDRectangle.A4;
  static final float LEFT = 85f; // 30 mm
  static final float RIGHT = PAGE.getWidth() - 57f; // 20 mm
  static final float TOP = PAGE.getHeight() - 57f; // 20 mm
  static final float BOTTOM = 57f;

  /** The centre of the heading's left column (the agency) and of its right column. */
  static final float LEFT_COLUMN_CENTRE = LEFT + 95f;

  static final float RIGHT_COLUMN_CENTRE = 400f;

  /** The signature block: centred in the right half, title lines then the name. */
  static final float SIGNATURE_CENTRE = 420f;

  static final float SIGNATURE_TITLE_BASELINE = 250f;
  static final float SIGNATURE_NAME_BASELINE = 160f;

  /** The approver's image: between the title (its lowest line) and the name. */
  static final float SIGNATURE_IMAGE_WIDTH = 120f;

  static final float SIGNATURE_IMAGE_HEIGHT = 55f;
  static final float SIGNATURE_IMAGE_BOTTOM = SIGNATURE_NAME_BASELINE + 14f;

  /** The body must end above the signature block; longer bodies continue on a new page. */
  static final float BODY_LOWEST_BASELINE = SIGNATURE_TITLE_BASELINE + 40f;

  static final float BODY_SIZE = 13f;
  static final float LINE_HEIGHT = 19f;

  private Layout() {}
}
