package org.newsgraph.store.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** GraphML for Gephi: entities as nodes (name, type, articles, bioguide), co-mentions as weighted edges. */
final class GraphMl {

  private GraphMl() {}

  static void write(List<Exporter.EntityRow> nodes, List<Exporter.EdgeRow> edges, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        + "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        + "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
        + "  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n"
        + "  <key id=\"bioguide\" for=\"node\" attr.name=\"bioguide\" attr.type=\"string\"/>\n"
        + "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        + "  <key id=\"article\" for=\"edge\" attr.name=\"article\" attr.type=\"string\"/>\n"
        + "  <graph id=\"newsgraph\" edgedefault=\"undirected\">\n");
    for (Exporter.EntityRow n : nodes) {
      out.write("    <node id=\"n" + n.id() + "\"><data key=\"name\">" + xml(n.name()) + "</data><data key=\"type\">"
          + xml(n.type()) + "</data><data key=\"articles\">" + n.articles() + "</data>"
          + (n.kb().containsKey("bioguide") ? "<data key=\"bioguide\">" + xml(n.kb().get("bioguide")) + "</data>" : "")
          + "</node>\n");
    }
    for (Exporter.EdgeRow e : edges) {
      out.write("    <edge source=\"n" + e.source() + "\" target=\"n" + e.target() + "\"><data key=\"weight\">" + e.articles()
          + "</data><data key=\"article\">" + xml(e.articleId()) + "</data></edge>\n");
    }
    out.write("  </graph>\n</graphml>\n");
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
