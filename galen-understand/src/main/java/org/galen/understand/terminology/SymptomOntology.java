package org.galen.understand.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.galen.core.GalenException;
import org.galen.understand.terminology.Concept.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The Symptom Ontology as the Disease Ontology imports it ({@code symp_import.owl}, RDF/XML): each
 * {@code owl:Class} with a {@code SYMP_} IRI, its label, exact and related synonyms, and the
 * classes it is a subclass of.
 */
final class SymptomOntology {
  private static final String PURL = "http://purl.obolibrary.org/obo/SYMP_";
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  private static final String OWL = "http://www.w3.org/2002/07/owl#";
  private static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";

  private SymptomOntology() {}

  static void read(InputStream owl, TerminologySources.Builder b) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    try (InputStream in = owl) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      String id = null;
      String label = null;
      List<String> parents = new ArrayList<>();
      List<String> synonyms = new ArrayList<>();
      int depth = 0;
      int classDepth = -1;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String ns = r.getNamespaceURI();
          String local = r.getLocalName();
          if (OWL.equals(ns) && local.equals("Class") && classDepth < 0) {
            id = id(r.getAttributeValue(RDF, "about"));
            if (id != null) {
              classDepth = depth;
              label = null;
              parents = new ArrayList<>();
              synonyms = new ArrayList<>();
            }
          } else if (classDepth > 0 && depth == classDepth + 1) {
            if (RDFS.equals(ns) && local.equals("subClassOf")) {
              String parent = id(r.getAttributeValue(RDF, "resource"));
              if (parent != null) {
                parents.add(parent);
              }
            } else if (RDFS.equals(ns) && local.equals("label")) {
              label = r.getElementText();
              depth--;
            } else if (OBO_IN_OWL.equals(ns)
                && (local.equals("hasExactSynonym") || local.equals("hasRelatedSynonym"))) {
              synonyms.add(r.getElementText());
              depth--;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == classDepth) {
            if (id != null && label != null) {
              b.concept(id, label, Kind.SYMPTOM, parents);
              for (String s : synonyms) {
                b.name(id, s);
              }
            }
            classDepth = -1;
            id = null;
          }
          depth--;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the Symptom Ontology", e);
    } catch (XMLStreamException e) {
      throw new GalenException("symp_import.owl is not well-formed: " + e.getMessage(), e);
    }
  }

  private static @Nullable String id(@Nullable String iri) {
    return iri != null && iri.startsWith(PURL) ? "SYMP:" + iri.substring(PURL.length()) : null;
  }
}
