package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The first bytes of a shared file as a file of their own: how a signed revision is parsed without
 * copying it. Closing it leaves the shared file open; streams get views of the shared file. Not
 * thread-safe, like the file it reads.
 */
final class PrefixRead implements RandomAccessRead {

  private final RandomAccessRead file;
  private final long length;
  private long position;
  private boolean closed;

  PrefixRead(RandomAccessRead file, long length) {
    this.file = file;
    this.length = length;
  }

  @Override
  public int read() throws IOException {
    if (position >= length) {
      return -1;
    }
    file.seek(position);
    int b = file.read();
    if (b >= 0) {
      position++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (position >= length) {
      return -1;
    }
    file.seek(position);
    int n = file.read(b, off, (int) Math.min(len, length - position));
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public long getPosition() {
    return position;
  }

  @Override
  public void seek(long newPosition) throws IOException {
    if (newPosition < 0) {
      throw new IOException("negative position");
    }
    position = Math.min(newPosition, length);
  }

  @Override
  public long length() {
    return length;
  }

  @Override
  public boolean isClosed() {
    return closed || file.isClosed();
  }

  @Override
  public boolean isEOF() {
    return position >= length;
  }

  @Override
  public RandomAccessReadView createView(long start, long viewLength) throws IOException {
    if (start < 0 || viewLength < 0 || start + viewLength > length) {
      throw new IOException("view outside the revision");
    }
    return new RandomAccessReadView(file, start, viewLength, false);
  }

  @Override
  public void close() {
    closed = true;
  }
}
