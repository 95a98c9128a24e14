package org.newsgraph.store.internal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the US Congress knowledge pack shipped in this module's resources (CC0, from the
 * unitedstates/congress-legislators files): current legislators and the executive (YAML, every term)
 * and historical legislators (CSV, last term only). A person in several files appears once, with the
 * terms of all of them (issue 8).
 */
public final class PackReader {

  static final String BASE = "/org/newsgraph/store/pack/";
  /** The pack's name and version, recorded in the store so that it loads once. */
  public static final String VERSION = "us-congress@dfa96222";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** Every person of the pack, keyed by bioguide id, in file order. */
  public List<PackPerson> read() {
    Map<String, PackPerson> byId = new LinkedHashMap<>();
    for (String file : List.of("legislators-current.yaml", "executive.yaml")) {
      for (JsonNode node : readYaml(file)) {
        fromYaml(node).ifPresent(p -> merge(byId, p));
      }
    }
    readCsv("legislators-historical.csv").forEach(p -> merge(byId, p));
    return List.copyOf(byId.values());
  }

  private static void merge(Map<String, PackPerson> byId, PackPerson p) {
    byId.merge(p.key(), p, (a, b) -> {
      List<PackPerson.Term> terms = new ArrayList<>(a.terms());
      terms.addAll(b.terms());
      Map<String, String> kb = new HashMap<>(b.kb());
      kb.putAll(a.kb());
      return new PackPerson(kb, a.first(), a.middle(), a.last(), a.suffix(), a.nickname().or(b::nickname),
          a.officialFull(), a.birthday().or(b::birthday), terms);
    });
  }

  private JsonNode readYaml(String file) {
    try (InputStream in = open(file)) {
      return yaml.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the knowledge pack file " + file + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(String file) {
    InputStream in = PackReader.class.getResourceAsStream(BASE + file);
    if (in == null) {
      throw new IllegalStateException("The knowledge pack file " + file + " is missing from the jar; rebuild newsgraph-store");
    }
    return in;
  }

  private static Optional<PackPerson> fromYaml(JsonNode n) {
    JsonNode id = n.path("id");
    if (id.path("bioguide").isMissingNode() && id.path("govtrack").isMissingNode()) {
      return Optional.empty();
    }
    Map<String, String> kb = new HashMap<>();
    for (String scheme : List.of("bioguide", "govtrack", "wikipedia", "wikidata")) {
      text(id.path(scheme)).ifPresent(v -> kb.put(scheme, v));
    }
    JsonNode name = n.path("name");
    List<PackPerson.Term> terms = new ArrayList<>();
    for (JsonNode t : n.path("terms")) {
      terms.add(new PackPerson.Term(t.path("type").asText(), date(text(t.path("start"))), date(text(t.path("end"))),
          text(t.path("state")), text(t.path("district")), text(t.path("party"))));
    }
    return Optional.of(new PackPerson(kb, name.path("first").asText(), text(name.path("middle")),
        name.path("last").asText(), text(name.path("suffix")), text(name.path("nickname")),
        text(name.path("official_full")), date(text(n.path("bio").path("birthday"))), terms));
  }

  private List<PackPerson> readCsv(String file) {
    List<PackPerson> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      List<String> header = Csv.split(r.readLine());
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        col.put(header.get(i), i);
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Csv.Row row = new Csv.Row(Csv.split(line), col);
        fromCsv(row).ifPresent(out::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the knowledge pack file " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static Optional<PackPerson> fromCsv(Csv.Row row) {
    Optional<String> bioguide = row.get("bioguide_id");
    if (bioguide.isEmpty() || row.get("last_name").isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> kb = new HashMap<>();
    kb.put("bioguide", bioguide.get());
    row.get("govtrack_id").ifPresent(v -> kb.put("govtrack", v));
    row.get("wikipedia_id").ifPresent(v -> kb.put("wikipedia", v));
    PackPerson.Term last = new PackPerson.Term(row.get("type").orElse("rep"), Optional.empty(), Optional.empty(),
        row.get("state"), row.get("district"), row.get("party"));
    return Optional.of(new PackPerson(kb, row.get("first_name").orElse(""), row.get("middle_name"),
        row.get("last_name").get(), row.get("suffix"), row.get("nickname"), row.get("full_name"),
        date(row.get("birthday")), List.of(last)));
  }

  private static Optional<String> text(JsonNode n) {
    return n.isMissingNode() || n.isNull() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText());
  }

  private static Optional<LocalDate> date(Optional<String> s) {
    try {
      return s.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
