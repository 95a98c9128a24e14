package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.resolve.DescriptorKind;
import org.newsgraph.resolve.Kinship;

/**
 * Finds what the article says each person is, next to their names (issue 4): the title before a
 * name ("GOP state Rep. Arnold Mooney", "Alabama Secretary of State John Merrill"), appositives
 * ("Roy Moore, the former state Supreme Court chief justice") and descriptions the name stands in
 * apposition to ("his campaign manager Jeff Weaver", "his wife, Jane"), ages ("Sessions, 72,") and
 * party-state tags ("(R-Ala.)"). Stateless.
 */
public final class DescriptorFinder {

  private static final Set<String> EDGE_TAGS = Set.of("DT", "IN", "CC", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "POS", "PRP$", "TO");
  private static final Set<String> CLAUSES = Set.of("acl:relcl", "acl", "advcl", "parataxis", "punct", "conj", "cc");
  private static final Map<String, String> PARTY_WORDS = Map.of(
      "Democrat", "Democrat", "Democratic", "Democrat", "Republican", "Republican", "GOP", "Republican",
      "Independent", "Independent");

  private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("[,;:“”\"()]|--");
  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}");

  private final Lexicon lexicon;

  public DescriptorFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Descriptors of the people in {@code assigned}, and party-state tags after their names. */
  public List<Found> find(Doc doc, Map<NameMention, Cluster> assigned, List<PartyTag> tags) {
    List<Found> found = new ArrayList<>();
    boolean[] personToken = new boolean[doc.size()];
    assigned.keySet().forEach(m -> java.util.Arrays.fill(personToken, m.firstToken(), m.endToken(), true));
    List<Map.Entry<NameMention, Cluster>> inOrder = NameMention.inTextOrder(assigned);
    inOrder.forEach(e -> {
      title(doc, e.getKey(), e.getValue(), personToken, found);
      appositives(doc, e.getKey(), e.getValue(), personToken, found);
    });
    String seen = tags.isEmpty() ? "" : doc.article().clean().analysisText();
    for (PartyTag tag : tags) {
      after(doc, seen, tag, inOrder).ifPresent(c -> {
        found.add(new Found(c, DescriptorKind.PARTY, tag.partySpan(), tag.party(), -1));
        tag.stateSpan().ifPresent(s -> found.add(new Found(c, DescriptorKind.STATE, s, tag.state().orElseThrow(), -1)));
      });
    }
    return found;
  }

  /** The title right before a name: the tokens before it that the parse hangs on the name. */
  private void title(Doc doc, NameMention m, Cluster c, boolean[] personToken, List<Found> found) {
    int head = doc.headOf(m.firstToken(), m.endToken());
    int from = m.firstToken();
    while (from > 0 && doc.sentence(from - 1) == doc.sentence(head) && !personToken[from - 1] && !doc.removed(from - 1)
        && !BREAKS.matcher(doc.word(from - 1)).matches() && hangsOn(doc, from - 1, head, m.endToken())) {
      from--;
    }
    while (from < m.firstToken() && EDGE_TAGS.contains(doc.token(from).pos())) {
      from++;
    }
    if (from < m.firstToken() && hasRole(doc, from, m.firstToken())) {
      add(doc, c, DescriptorKind.TITLE, from, m.firstToken(), m.firstToken() - 1, found);
    }
  }

  /** Whether token {@code i}'s chain of heads reaches {@code head} without leaving {@code [i, end)}. */
  private static boolean hangsOn(Doc doc, int i, int head, int end) {
    int t = i;
    for (int steps = 0; steps < 30 && t >= i && t < end; steps++) {
      if (t == head) {
        return true;
      }
      t = doc.token(t).head();
    }
    return false;
  }

  /** Appositives after a name, or a name in apposition to a description before it. */
  private void appositives(Doc doc, NameMention m, Cluster c, boolean[] personToken, List<Found> found) {
    int head = doc.headOf(m.firstToken(), m.endToken());
    for (int child : doc.children(head)) {
      int[] range = phrase(doc, child);
      if (child >= m.endToken() && doc.token(child).relation().equals("appos") && onlyPunctuation(doc, m.endToken(), range[0])) {
        if (doc.token(child).pos().equals("CD") && range[1] - range[0] == 1 && AGE.matcher(doc.word(child)).matches()) {
          add(doc, c, DescriptorKind.AGE, child, child + 1, child, found);
        } else if (isRoleNoun(doc, child) && !personToken[child]) {
          add(doc, c, DescriptorKind.APPOSITIVE, range[0], range[1], child, found);
        }
      }
    }
    int governor = doc.token(head).head();
    if (doc.token(head).relation().equals("appos") && governor >= 0 && governor < m.firstToken()
        && isRoleNoun(doc, governor) && !personToken[governor]) {
      int[] range = phrase(doc, governor);
      add(doc, c, DescriptorKind.APPOSITIVE, range[0], Math.min(range[1], governor + 1), governor, found);
    } else {
      descriptionBefore(doc, m, head, personToken).ifPresent(d ->
          add(doc, c, DescriptorKind.APPOSITIVE, sameLine(doc, DescriptionLinker.leftEdge(doc, d), d), d + 1, d, found));
    }
  }

  /**
   * The head of a description right before a name that the parse ties to the name other than as
   * its title: "said Clinton's top foreign policy aide Jake Sullivan" (the name a {@code dep} of
   * "aide", which the parse makes the subject), "his wife, Gabriela Violeta Lazar" (an
   * {@code appos} of a kinship noun), "Trump campaign spokeswoman Hope Hicks said" (the noun hung
   * on a name token the tagger took for a verb). A title the parse makes a compound of the name
   * ("Press Secretary Sean Spicer") is found by {@link #title} and leaves the name the head. Only a
   * singular noun for a person (a role or kinship) counts: "according to White House pool reports,
   * Obama said" stays apart, and so do "Democratic presidential candidates Hillary Clinton and Bernie
   * Sanders" (a group) and "Republican Donald Trump" (a party, which {@link #title} reads).
   */
  private Optional<Integer> descriptionBefore(Doc doc, NameMention m, int head, boolean[] personToken) {
    int d = m.firstToken() - 1;
    while (d >= 0 && doc.word(d).equals(",")) {
      d--;
    }
    if (d < 0 || personToken[d] || doc.removed(d) || doc.sentence(d) != doc.sentence(head) || !isPersonNoun(doc, d)) {
      return Optional.empty();
    }
    String relation = doc.token(head).relation();
    int dHead = doc.token(d).head();
    boolean nameOnDescription = doc.token(head).head() == d && (relation.equals("dep") || relation.equals("appos"));
    boolean descriptionOnName = dHead >= m.firstToken() && dHead < m.endToken()
        && !doc.token(d).relation().startsWith("compound") && d == m.firstToken() - 1;
    return nameOnDescription || descriptionOnName ? Optional.of(d) : Optional.empty();
  }

  /** {@code from}, or the first token after it on {@code to}'s line: a headline run into the body ends at its line break. */
  private static int sameLine(Doc doc, int from, int to) {
    int at = from;
    while (at < to && doc.text().substring(doc.token(at).end(), doc.token(to).start()).indexOf('\n') >= 0) {
      at++;
    }
    return at;
  }

  /**
   * Whether token {@code i} is a singular noun for one person: a role (not a party word) or a kinship;
   * a capitalised role word too ("the district GOP Chairman Chuck Williams").
   */
  private boolean isPersonNoun(Doc doc, int i) {
    String pos = doc.token(i).pos();
    return pos.equals("NN") && (isRoleNoun(doc, i) && !PARTY_WORDS.containsKey(doc.word(i))
        || Kinship.isKin(doc.token(i).lemma()) || doc.token(i).lemma().equalsIgnoreCase("friend"))
        || pos.equals("NNP") && lexicon.isTitleWord(doc.word(i));
  }

  /** Whether tokens {@code [from, to)} are only commas or dashes: an appositive stands right after its name. */
  private static boolean onlyPunctuation(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!BREAKS.matcher(doc.word(i)).matches() && !doc.possessive(i)) {
        return false;
      }
    }
    return true;
  }

  /** The tokens of the phrase headed by {@code head}, without clauses and edge punctuation. */
  static int[] phrase(Doc doc, int head) {
    int from = head;
    int to = head + 1;
    List<Integer> stack = new ArrayList<>(List.of(head));
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      from = Math.min(from, t);
      to = Math.max(to, t + 1);
      doc.children(t).stream().filter(k -> !CLAUSES.contains(doc.token(k).relation())).forEach(stack::add);
    }
    while (to - 1 > head && EDGE_TAGS.contains(doc.token(to - 1).pos())) {
      to--;
    }
    return new int[] {from, to};
  }

  private boolean isRoleNoun(Doc doc, int i) {
    String pos = doc.token(i).pos();
    return (pos.equals("NN") || pos.equals("NNS") || PARTY_WORDS.containsKey(doc.word(i)))
        && (lexicon.isTitleWord(doc.token(i).lemma()) || "TITLE".equals(doc.token(i).ner()) || PARTY_WORDS.containsKey(doc.word(i)));
  }

  private boolean hasRole(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lexicon.isHonorific(doc.word(i)) || lexicon.isTitleWord(doc.token(i).lemma())
          || "TITLE".equals(doc.token(i).ner()) || PARTY_WORDS.containsKey(doc.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static void add(Doc doc, Cluster c, DescriptorKind kind, int from, int to, int head, List<Found> found) {
    String value = NameFinder.surface(doc, from, to);
    found.add(new Found(c, kind, doc.span(from, to), value, head));
    if (kind == DescriptorKind.TITLE || kind == DescriptorKind.APPOSITIVE) {
      for (int i = from; i < to; i++) {
        String party = PARTY_WORDS.get(doc.word(i));
        if (party != null) {
          found.add(new Found(c, DescriptorKind.PARTY, doc.span(i, i + 1), party, -1));
        }
      }
    }
  }

  /** The person whose name the tag follows, with nothing but spaces, commas or residue between. */
  private static java.util.Optional<Cluster> after(Doc doc, String seen, PartyTag tag,
      List<Map.Entry<NameMention, Cluster>> assigned) {
    return assigned.stream()
        .filter(e -> {
          int end = doc.token(e.getKey().endToken() - 1).end();
          return end <= tag.span().start() && seen.substring(end, tag.span().start()).matches("[\\s,]*");
        })
        .map(Map.Entry::getValue).findFirst();
  }
}
