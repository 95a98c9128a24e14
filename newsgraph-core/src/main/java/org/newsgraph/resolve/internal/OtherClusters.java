package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups names of organisations and places (issue 4): one referent per type and key ("Ala." and
 * "Alabama" share the key "Alabama"), and an acronym joins the organisation whose initials it
 * spells ("DOJ", "Department of Justice"). Not thread-safe: one per article.
 */
public final class OtherClusters {

  private static final Pattern DEPARTMENT = Pattern.compile("(?:u\\.s\\. )?(\\w+(?: \\w+)?) department");

  private final Map<String, Cluster> byKey = new LinkedHashMap<>();
  private final Map<NameMention, Cluster> assigned = new IdentityHashMap<>();

  /** Clusters every name of {@code names} that is not a person's. */
  public Map<NameMention, Cluster> cluster(List<NameMention> names) {
    for (NameMention m : names) {
      if (!m.isPerson()) {
        Cluster c = byKey.computeIfAbsent(m.type() + '\t' + key(m), k -> new Cluster(m.type(), m.key()));
        if (m.fineType().equals("STATE_OR_PROVINCE") && !m.key().equals(m.surface().toLowerCase(Locale.ROOT))) {
          c.canonical(m.key());
        }
        c.add(m, java.util.Optional.empty());
        assigned.put(m, c);
      }
    }
    mergeAcronyms();
    return assigned;
  }

  /** The key names share: "Justice Department" is "Department of Justice". */
  private static String key(NameMention m) {
    Matcher d = DEPARTMENT.matcher(m.key());
    return m.type().equals("ORGANIZATION") && d.matches() ? "department of " + d.group(1) : m.key();
  }

  private void mergeAcronyms() {
    List<Cluster> organisations = byKey.values().stream().filter(c -> c.type().equals("ORGANIZATION")).toList();
    for (Cluster acronym : organisations) {
      String a = acronym.names().get(0).surface();
      if (!a.matches("[A-Z]{2,6}")) {
        continue;
      }
      List<Cluster> spelled = organisations.stream().filter(c -> c != acronym && (initials(c.names().get(0).surface(), true).equals(a) || initials(c.names().get(0).surface(), false).equals(a))).toList();
      if (spelled.size() == 1) {
        Cluster full = spelled.get(0);
        for (NameMention m : new ArrayList<>(acronym.names())) {
          full.add(m, java.util.Optional.empty());
          assigned.put(m, full);
        }
        byKey.values().remove(acronym);
      }
    }
  }

  private static String initials(String name, boolean withOf) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.replaceFirst("^The ", "").split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      } else if (!w.isEmpty() && !w.equals("of") && !w.equals("and") && !w.equals("for")) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      } else if (w.equals("of") && withOf) {
        sb.append('O');
      }
    }
    return sb.toString();
  }

  public List<Cluster> clusters() {
    return List.copyOf(byKey.values());
  }
}
