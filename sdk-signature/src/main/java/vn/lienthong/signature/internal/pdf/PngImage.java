package vn.lienthong.signature.internal.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * A decoded PNG with its physical width when the file states its resolution ({@code pHYs}).
 * Dimensions are checked before decoding so that a small file cannot expand into a huge bitmap.
 *
 * @param image the pixels
 * @param widthMillimetres the physical width, or null when the PNG does not say
 */
public record PngImage(BufferedImage image, @Nullable Float widthMillimetres) {

  /** The largest accepted width or height, in pixels. */
  public static final int MAX_SIDE_PIXELS = 4096;

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /**
   * Decodes a PNG.
   *
   * @param png the bytes
   * @param field the argument's name, for errors
   * @return the image
   * @throws InvalidInputException if not a readable PNG within the size cap ({@code LT-SIG-0206})
   */
  public static PngImage read(byte[] png, String field) {
    if (png.length < SIGNATURE.length
        || !java.util.Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
      throw invalid(field, "not a PNG");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw invalid(field, "no PNG reader");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, false);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w < 1 || h < 1 || w > MAX_SIDE_PIXELS || h > MAX_SIDE_PIXELS) {
          throw invalid(field, w + "x" + h + " pixels, at most " + MAX_SIDE_PIXELS + " per side");
        }
        Float mm = widthMillimetres(reader.getImageMetadata(0), w);
        BufferedImage image = reader.read(0);
        return new PngImage(image, mm);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException iie) {
        throw iie;
      }
      throw invalid(field, e.getClass().getSimpleName());
    }
  }

  private static @Nullable Float widthMillimetres(IIOMetadata metadata, int widthPixels) {
    Node root = metadata.getAsTree("javax_imageio_1.0");
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!"Dimension".equals(n.getNodeName())) {
        continue;
      }
      for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
        if ("HorizontalPixelSize".equals(d.getNodeName())) {
          Node value = d.getAttributes().getNamedItem("value");
          try {
            float mmPerPixel = Float.parseFloat(value.getNodeValue());
            float mm = mmPerPixel * widthPixels;
            return mm >= 5 && mm <= 200 ? mm : null;
          } catch (NumberFormatException | NullPointerException e) {
            return null;
          }
        }
      }
    }
    return null;
  }

  private static InvalidInputException invalid(String field, String reason) {
    return new InvalidInputException(
        SignatureErrorCode.APPEARANCE_IMAGE_INVALID,
        ErrorDetails.field(field).rule("pades.image.png").with("reason", reason));
  }
}
