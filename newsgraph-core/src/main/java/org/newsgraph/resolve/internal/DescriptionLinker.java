package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.resolve.DescriptorKind;

/**
 * Links definite descriptions to the person the article gave that role (issue 4): "the former
 * attorney general" or "his former attorney general" to the one person introduced as "Former
 * Attorney General Jeff Sessions", "the president" to "President Trump". Only a role that one
 * person holds in the article links; two candidates leave it unresolved. Appositives link to the
 * name they stand beside. Stateless.
 */
public final class DescriptionLinker {

  private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their");

  private final Lexicon lexicon;

  public DescriptionLinker(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Anchors for the descriptions in {@code doc} that name a role exactly one person holds. */
  public List<Anchor> link(Doc doc, List<Found> descriptors, List<Anchor> names) {
    List<Anchor> out = new ArrayList<>();
    boolean[] taken = new boolean[doc.size()];
    names.forEach(a -> java.util.Arrays.fill(taken, a.from(), a.to(), true));
    for (Found f : descriptors) {
      if (f.kind() == DescriptorKind.APPOSITIVE) {
        int from = doc.firstTokenFrom(f.span().start());
        int to = doc.firstTokenFrom(f.span().end());
        out.add(new Anchor(from, to, f.head(), f.cluster()));
        java.util.Arrays.fill(taken, from, to, true);
      }
    }
    for (int h = 0; h < doc.size(); h++) {
      if (!taken[h] && isDefiniteRole(doc, h)) {
        int from = leftEdge(doc, h);
        List<Cluster> holders = holders(doc, from, h, descriptors);
        if (holders.size() == 1 && from <= h && !overlapsTaken(taken, from, h + 1)) {
          out.add(new Anchor(from, h + 1, h, holders.get(0)));
        }
      }
    }
    return out;
  }

  /** The people introduced earlier with the role that token {@code h} names. */
  private static List<Cluster> holders(Doc doc, int from, int h, List<Found> descriptors) {
    String role = doc.token(h).lemma().toLowerCase(Locale.ROOT);
    Set<String> modifiers = new java.util.HashSet<>();
    for (int i = from; i < h; i++) {
      if (!DETERMINERS.contains(doc.word(i).toLowerCase(Locale.ROOT)) && !doc.token(i).pos().equals("DT")) {
        modifiers.add(doc.word(i).toLowerCase(Locale.ROOT));
      }
    }
    return descriptors.stream()
        .filter(f -> f.head() >= 0 && f.head() < h && (f.kind() == DescriptorKind.TITLE || f.kind() == DescriptorKind.APPOSITIVE))
        .filter(f -> doc.token(f.head()).lemma().equalsIgnoreCase(role) || lastWord(f.value()).equals(role))
        .filter(f -> List.of(f.value().toLowerCase(Locale.ROOT).split("[\\s]+")).containsAll(modifiers))
        .map(Found::cluster).distinct().toList();
  }

  private boolean isDefiniteRole(Doc doc, int h) {
    String pos = doc.token(h).pos();
    if (!(pos.equals("NN")) || !lexicon.isTitleWord(doc.token(h).lemma()) || doc.removed(h)) {
      return false;
    }
    return doc.children(h).stream().anyMatch(c -> c < h
        && DETERMINERS.contains(doc.word(c).toLowerCase(Locale.ROOT))
        && (doc.token(c).relation().equals("det") || doc.token(c).relation().startsWith("nmod:poss")));
  }

  /** The first token of the noun phrase before its head: determiners, adjectives, compounds. */
  static int leftEdge(Doc doc, int h) {
    int from = h;
    for (int c : doc.children(h)) {
      String r = doc.token(c).relation();
      if (c < h && (r.equals("det") || r.startsWith("amod") || r.startsWith("compound") || r.startsWith("nmod:poss") || r.equals("nummod"))) {
        from = Math.min(from, DescriptorFinder.phrase(doc, c)[0]);
      }
    }
    return from;
  }

  private static boolean overlapsTaken(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String value) {
    String[] words = value.toLowerCase(Locale.ROOT).split(" ");
    return words[words.length - 1].replace(".", "");
  }
}
