package vn.lienthong.signature.internal;

import java.util.Map;
import org.apache.xml.security.signature.XMLSignatureByteInput;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverException;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;

/**
 * Resolves detached references from the files the caller supplied, by exact name, and nothing else:
 * no file system, no network. Thread-safe (the map is never changed).
 */
public final class DetachedResolver extends ResourceResolverSpi {

  private final Map<String, byte[]> files;

  /**
   * Serves these files.
   *
   * @param files the files by name (reference URI)
   */
  public DetachedResolver(Map<String, byte[]> files) {
    this.files = Map.copyOf(files);
  }

  @Override
  public boolean engineCanResolveURI(ResourceResolverContext context) {
    return context.uriToResolve != null && files.containsKey(context.uriToResolve);
  }

  @Override
  public XMLSignatureInput engineResolveURI(ResourceResolverContext context)
      throws ResourceResolverException {
    byte[] bytes = context.uriToResolve == null ? null : files.get(context.uriToResolve);
    if (bytes == null) {
      throw new ResourceResolverException(
          "reference not supplied", context.uriToResolve, context.baseUri);
    }
    XMLSignatureInput input = new XMLSignatureByteInput(bytes);
    input.setSourceURI(context.uriToResolve);
    return input;
  }
}
