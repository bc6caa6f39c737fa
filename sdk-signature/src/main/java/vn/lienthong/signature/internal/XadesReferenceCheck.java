package vn.lienthong.signature.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.transforms.Transforms;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.lienthong.signature.SignedScope;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;

/**
 * Checks the data references of a XAdES signature before anything is digested, from the DOM alone:
 * which packaging the signature has, that each reference points where its packaging allows (the
 * whole document, an element outside the signature, a {@code ds:Object} of the signature, or a
 * detached file the caller supplied), that only allowed transforms are used, and what the signed
 * scope is. Nothing outside the document and the supplied files is ever resolved. Not thread-safe;
 * one instance per validation.
 */
public final class XadesReferenceCheck {

  /** The XPath Filter 2.0 transform (XML-Signature XPath Filter 2.0, W3C). */
  public static final String XPATH_FILTER2 = "http://www.w3.org/2002/06/xmldsig-filter2";

  /** The only XPath Filter 2.0 expression accepted: DSS's default for enveloped signatures. */
  public static final String SUBTRACT_SIGNATURES = "/descendant::ds:Signature";

  private static final String INCLUSIVE_C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";

  private static final Set<String> C14N =
      Set.of(
          INCLUSIVE_C14N,
          Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS,
          Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS,
          Canonicalizer.ALGO_ID_C14N_EXCL_WITH_COMMENTS,
          Canonicalizer.ALGO_ID_C14N11_OMIT_COMMENTS,
          Canonicalizer.ALGO_ID_C14N11_WITH_COMMENTS);

  /** The outcome: a failure, or the scopes and whether they cover everything. */
  public record Result(
      @Nullable SubIndication subIndication,
      @Nullable ValidationFinding finding,
      List<SignedScope> scopes,
      boolean full) {

    /**
     * Copies the scopes.
     *
     * @param subIndication why the references are refused, or null
     * @param finding what was found wrong, or null
     * @param scopes the signed scopes
     * @param full whether everything is covered
     */
    public Result {
      scopes = List.copyOf(scopes);
    }

    /**
     * Tells whether the references are acceptable.
     *
     * @return true when no failure was found
     */
    public boolean ok() {
      return subIndication == null;
    }
  }

  private final Document document;
  private final Element signature;
  private final Element signedProperties;
  private final Map<String, byte[]> detached;

  /**
   * Prepares a check.
   *
   * @param document the parsed document
   * @param signature its only ds:Signature
   * @param signedProperties the signature's xades:SignedProperties (with an Id)
   * @param detached the files the caller supplied, by name
   */
  public XadesReferenceCheck(
      Document document,
      Element signature,
      Element signedProperties,
      Map<String, byte[]> detached) {
    this.document = document;
    this.signature = signature;
    this.signedProperties = signedProperties;
    this.detached = detached;
  }

  /**
   * Checks every reference of the SignedInfo and marks the Ids they use as Id attributes.
   *
   * @param signedInfo the ds:SignedInfo element
   * @return the result
   */
  public Result run(Element signedInfo) {
    boolean signatureIsRoot = signature == document.getDocumentElement();
    if (!signatureIsRoot && signature.getParentNode() != document.getDocumentElement()) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    List<SignedScope> scopes = new ArrayList<>();
    Set<String> usedObjects = new HashSet<>();
    Set<String> usedFiles = new HashSet<>();
    boolean whole = false;
    boolean properties = false;
    String propertiesUri = "#" + signedProperties.getAttributeNS(null, "Id");
    for (Node n = signedInfo.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!is(n, Xades.DS, "Reference")) {
        continue;
      }
      Element ref = (Element) n;
      if (!ref.hasAttributeNS(null, "URI")) {
        return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
      }
      String uri = ref.getAttributeNS(null, "URI");
      List<Element> transforms = transforms(ref);
      if (transforms == null) {
        return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
      }
      if (propertiesUri.equals(uri)
          && Xades.SIGNED_PROPERTIES_TYPE.equals(ref.getAttributeNS(null, "Type"))) {
        if (properties || !onlyC14n(transforms)) {
          return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
        }
        properties = true;
      } else if (uri.isEmpty()) {
        if (signatureIsRoot || whole) {
          return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
        }
        if (!envelopedTransforms(transforms)) {
          return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.TRANSFORM_NOT_ALLOWED);
        }
        whole = true;
        scopes.add(new SignedScope(SignedScope.Type.FULL_DOCUMENT, ""));
      } else if (uri.startsWith("#")) {
        Element target = byId(uri.substring(1));
        if (target == null || target == signedProperties) {
          return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
        }
        if (signatureIsRoot) {
          if (target.getParentNode() != signature
              || !is(target, Xades.DS, "Object")
              || XadesTimestamps.child(target, Xades.XADES, "QualifyingProperties") != null
              || !usedObjects.add(uri)) {
            return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
          }
          if (!onlyC14n(transforms) && !base64(transforms)) {
            return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.TRANSFORM_NOT_ALLOWED);
          }
          scopes.add(new SignedScope(SignedScope.Type.ENVELOPED_OBJECT, uri.substring(1)));
        } else {
          // a ds:Object (or any XML-DSig element) outside a signature is content moved out of
          // an enveloping signature, never an element of the document
          if (inside(target, signature)
              || inside(signature, target)
              || Xades.DS.equals(target.getNamespaceURI())) {
            return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
          }
          if (!onlyC14n(transforms)) {
            return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.TRANSFORM_NOT_ALLOWED);
          }
          scopes.add(new SignedScope(SignedScope.Type.ELEMENT, target.getLocalName() + uri));
        }
      } else {
        if (!signatureIsRoot || !detached.containsKey(uri)) {
          return fail(
              SubIndication.SIGNED_DATA_NOT_FOUND, ValidationFinding.REFERENCE_NOT_SUPPLIED);
        }
        if (!transforms.isEmpty()) {
          return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.TRANSFORM_NOT_ALLOWED);
        }
        if (!usedFiles.add(uri)) {
          return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
        }
        scopes.add(new SignedScope(SignedScope.Type.DETACHED_DOCUMENT, uri));
      }
    }
    if (!properties || scopes.isEmpty()) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    boolean full;
    if (!signatureIsRoot) {
      full = whole;
    } else if (!usedFiles.isEmpty()) {
      full = usedObjects.isEmpty() && usedFiles.containsAll(detached.keySet());
    } else {
      full = usedObjects.size() == dataObjects();
    }
    return new Result(null, null, scopes, full);
  }

  /** The ds:Object children of the signature other than the qualifying properties' holder. */
  private int dataObjects() {
    int count = 0;
    for (Node n = signature.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, Xades.DS, "Object")
          && XadesTimestamps.child((Element) n, Xades.XADES, "QualifyingProperties") == null) {
        count++;
      }
    }
    return count;
  }

  /** The ds:Transform elements, or null when the Transforms element is malformed. */
  private static @Nullable List<Element> transforms(Element ref) {
    List<Element> out = new ArrayList<>();
    Element transforms = XadesTimestamps.child(ref, Xades.DS, "Transforms");
    if (transforms == null) {
      return out;
    }
    for (Node n = transforms.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        if (!is(n, Xades.DS, "Transform")) {
          return null;
        }
        out.add((Element) n);
      }
    }
    return out;
  }

  private static String algorithm(Element transform) {
    return transform.getAttributeNS(null, "Algorithm");
  }

  private static boolean onlyC14n(List<Element> transforms) {
    return transforms.size() <= 1 && transforms.stream().allMatch(t -> C14N.contains(algorithm(t)));
  }

  private static boolean base64(List<Element> transforms) {
    return transforms.size() == 1
        && Transforms.TRANSFORM_BASE64_DECODE.equals(algorithm(transforms.get(0)));
  }

  /**
   * The whole-document transforms: exactly one of enveloped-signature or DSS's XPath Filter 2.0
   * subtracting the signatures, then at most one canonicalization.
   */
  private static boolean envelopedTransforms(List<Element> transforms) {
    if (transforms.isEmpty() || transforms.size() > 2) {
      return false;
    }
    Element first = transforms.get(0);
    boolean removesSignature =
        Transforms.TRANSFORM_ENVELOPED_SIGNATURE.equals(algorithm(first))
                && first.getFirstChild() == null
            || XPATH_FILTER2.equals(algorithm(first)) && subtractsSignatures(first);
    return removesSignature && onlyC14n(transforms.subList(1, transforms.size()));
  }

  /** One {@code dsig-xpath:XPath Filter="subtract"} with exactly {@link #SUBTRACT_SIGNATURES}. */
  private static boolean subtractsSignatures(Element transform) {
    Element xpath = null;
    for (Node n = transform.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        if (xpath != null || !is(n, XPATH_FILTER2, "XPath")) {
          return false;
        }
        xpath = (Element) n;
      } else if (n.getNodeType() != Node.TEXT_NODE || !n.getTextContent().isBlank()) {
        return false;
      }
    }
    return xpath != null
        && "subtract".equals(xpath.getAttributeNS(null, "Filter"))
        && SUBTRACT_SIGNATURES.equals(xpath.getTextContent().strip())
        && Xades.DS.equals(xpath.lookupNamespaceURI("ds"));
  }

  /** Finds the one element carrying this Id (Ids are unique by then) and marks it as an Id. */
  private @Nullable Element byId(String id) {
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      NamedNodeMap attributes = e.getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        Attr a = (Attr) attributes.item(j);
        String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
        if (a.getNamespaceURI() == null
            && ("Id".equals(name) || "ID".equals(name) || "id".equals(name))
            && id.equals(a.getValue())) {
          e.setIdAttributeNode(a, true);
          return e;
        }
      }
    }
    return null;
  }

  private static boolean inside(Node node, Node ancestor) {
    for (Node n = node; n != null; n = n.getParentNode()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(Node n, String ns, String localName) {
    return n.getNodeType() == Node.ELEMENT_NODE
        && ns.equals(n.getNamespaceURI())
        && localName.equals(n.getLocalName());
  }

  private static Result fail(SubIndication sub, ValidationFinding finding) {
    return new Result(sub, finding, List.of(), false);
  }
}
