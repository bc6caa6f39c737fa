package vn.lienthong.signature.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a XAdES signature signs, by packaging: the document it is enveloped in, content it envelops
 * in a {@code ds:Object}, or named detached files. Each adds its data references to the signature
 * being built. Thread-safe (immutable; the enveloped document is owned by one signing call).
 */
public sealed interface XadesContent
    permits XadesContent.Enveloped, XadesContent.Enveloping, XadesContent.Detached {

  /** The DSS-compatible base64 transform of XML Signature. */
  String BASE64 = Transforms.TRANSFORM_BASE64_DECODE;

  /**
   * Returns the document the signature is written into.
   *
   * @return the document
   */
  Document document();

  /**
   * Places the signature element: as the last child of the root (enveloped) or as the root.
   *
   * @param signature the signature element
   */
  void place(Element signature);

  /**
   * Adds the data references (before the SignedProperties reference).
   *
   * @param sig the signature
   * @param base the signature's Id, for derived Ids
   * @param digestUri the digest algorithm URI
   * @throws XMLSecurityException if Santuario fails
   */
  void addReferences(XMLSignature sig, String base, String digestUri) throws XMLSecurityException;

  /**
   * The enveloped packaging: the whole document, less the signature.
   *
   * @param document the parsed document to sign, changed in place
   */
  record Enveloped(Document document) implements XadesContent {
    @Override
    public void place(Element signature) {
      document.getDocumentElement().appendChild(signature);
    }

    @Override
    public void addReferences(XMLSignature sig, String base, String digestUri)
        throws XMLSecurityException {
      Transforms whole = new Transforms(document);
      whole.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
      whole.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      sig.addDocument("", whole, digestUri);
    }
  }

  /**
   * The enveloping packaging: the content inside a {@code ds:Object} of the signature.
   *
   * @param document a new empty document for the signature
   * @param xml the parsed XML content, or null for base64 content
   * @param bytes the content bytes (used when {@code xml} is null)
   */
  record Enveloping(Document document, @Nullable Document xml, byte[] bytes)
      implements XadesContent {
    @Override
    public void place(Element signature) {
      document.appendChild(signature);
    }

    @Override
    public void addReferences(XMLSignature sig, String base, String digestUri)
        throws XMLSecurityException {
      ObjectContainer object = new ObjectContainer(document);
      String id = "o-" + base;
      object.setId(id);
      Transforms transforms = new Transforms(document);
      if (xml != null) {
        object.appendChild(document.importNode(xml.getDocumentElement(), true));
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      } else {
        object.setEncoding(BASE64);
        object.appendChild(document.createTextNode(Base64.getEncoder().encodeToString(bytes)));
        transforms.addTransform(BASE64);
      }
      sig.appendObject(object);
      object.getElement().setIdAttributeNS(null, "Id", true);
      sig.addDocument("#" + id, transforms, digestUri, "r-" + base + "-0", null);
    }
  }

  /**
   * The detached packaging: one reference per named file, over its bytes (no transform).
   *
   * @param document a new empty document for the signature
   * @param files the files by name, in order
   */
  record Detached(Document document, Map<String, byte[]> files) implements XadesContent {

    /**
     * Keeps the order.
     *
     * @param document the document
     * @param files the files
     */
    public Detached {
      files = new LinkedHashMap<>(files);
    }

    /**
     * Returns the resolver that serves exactly these files.
     *
     * @return the resolver
     */
    public DetachedResolver resolver() {
      return new DetachedResolver(files);
    }

    @Override
    public void place(Element signature) {
      document.appendChild(signature);
    }

    @Override
    public void addReferences(XMLSignature sig, String base, String digestUri)
        throws XMLSecurityException {
      sig.addResourceResolver(resolver());
      int i = 0;
      for (String name : files.keySet()) {
        sig.addDocument(name, null, digestUri, "r-" + base + "-" + i++, null);
      }
    }
  }
}
