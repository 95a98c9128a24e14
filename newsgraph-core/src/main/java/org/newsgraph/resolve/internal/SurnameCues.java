package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the words around a bare surname say about which of the article's people it is (issue 8),
 * before the news convention of {@link Introductions} is asked:
 *
 * <ol>
 *   <li>the pronoun that picks it up: "people want to vote for Clinton because she would be the
 *       first woman" is the woman of the two Clintons, and a "Clinton ... she" in an article that
 *       names only Bill Clinton is someone else;
 *   <li>the people it is coordinated with: a "Clinton" beside "Sanders" ("Sanders and Clinton both
 *       campaigned", "from Reagan to Clinton and Obama") is the Clinton whom the article names in
 *       full beside the same people ("Hillary Clinton nor Sanders", "Ronald Reagan or Bill Clinton").
 * </ol>
 *
 * Reads the names {@link PersonClusterer} has resolved so far. Not thread-safe: one per article.
 */
final class SurnameCues {

  private static final Map<String, Gender> PRONOUNS = PronounLinker.PRONOUNS;
  /** Relations of a noun that could itself be what a later pronoun picks up. */
  private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "appos");
  private static final Set<String> OBJECTS = PronounLinker.OBJECTS;
  private static final Set<String> SUBJECTS = PronounLinker.SUBJECTS;
  /** Relations of a name that stands for a person in its clause (not "Clinton supporters", "Clinton's"). */
  private static final Set<String> ROLES = Set.of("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "obl");
  /** Relations of a clause hanging on a verb. */
  private static final Set<String> CLAUSES = Set.of("advcl", "ccomp", "xcomp", "parataxis", "conj");

  private final Doc doc;
  private final Map<NameMention, Cluster> assigned;
  private final Map<NameMention, PersonName> parsed;

  SurnameCues(Doc doc, Map<NameMention, Cluster> assigned, Map<NameMention, PersonName> parsed) {
    this.doc = doc;
    this.assigned = assigned;
    this.parsed = parsed;
  }

  /**
   * The gender of a pronoun that the grammar ties to the name {@code m}, in its sentence or as the
   * subject of the next one, before anyone else is named or another singular noun becomes a
   * subject or object ("Clinton's wife said she" says nothing about Clinton): the subject of a
   * clause that hangs on the name's verb or above it ("vote for Clinton because she would be"), a possessive on
   * that verb's object or on the name's conjunct when the name is the subject ("Clinton and her
   * husband"), a reflexive of the name's verb ("Clinton has aligned herself"), or the next
   * sentence's subject when the name is one ("Clinton has got millions. So
   * whom does she owe?"). A pronoun that a person named before it in the sentence could take
   * ("Smith warned Clinton that he") says nothing. UNKNOWN when nothing says.
   */
  Gender pronounGender(NameMention m) {
    int head = doc.headOf(m.firstToken(), m.endToken());
    if (!ROLES.contains(doc.token(head).relation()) || doc.possessive(Math.min(m.endToken(), doc.size() - 1))) {
      return Gender.UNKNOWN;
    }
    int sentence = doc.sentence(m.firstToken());
    List<Gender> before = othersBefore(m, sentence);
    for (int i = m.endToken(); i < doc.size() && doc.sentence(i) <= sentence + 1; i++) {
      if (isOtherName(i) || singularArgument(i)) {
        return Gender.UNKNOWN;
      }
      Gender g = PRONOUNS.get(doc.word(i).toLowerCase(Locale.ROOT));
      if (g == null || !doc.token(i).pos().startsWith("PRP") || !tied(i, head)) {
        continue;
      }
      boolean claimed = before.contains(Gender.UNKNOWN) || before.contains(g);
      return claimed || doc.quoted(i) != doc.quoted(m.firstToken()) ? Gender.UNKNOWN : g;
    }
    return Gender.UNKNOWN;
  }

  /** Whether token {@code ancestor} is {@code t} or one of its heads (a parser often hangs a "because" clause higher up). */
  private boolean governs(int ancestor, int t) {
    for (int steps = 0; t >= 0 && steps < 30; steps++, t = doc.token(t).head()) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Whether the grammar ties the pronoun at {@code pronoun} to the name headed by {@code name} (see {@link #pronounGender}). */
  private boolean tied(int pronoun, int name) {
    String relation = doc.token(pronoun).relation();
    int up = doc.token(pronoun).head();
    int verb = doc.token(name).head();
    boolean subjectName = SUBJECTS.contains(doc.token(name).relation());
    if (up < 0 || verb < 0) {
      return false;
    }
    if (doc.sentence(pronoun) != doc.sentence(name)) {
      return subjectName && SUBJECTS.contains(relation) && doc.token(up).relation().equals("root");
    }
    if (doc.word(pronoun).toLowerCase(Locale.ROOT).endsWith("self")) {
      return subjectName && up == verb; // "Clinton has aligned herself"
    }
    if (SUBJECTS.contains(relation)) {
      return CLAUSES.contains(doc.token(up).relation()) && governs(doc.token(up).head(), verb);
    }
    return relation.startsWith("nmod:poss") && subjectName
        && (doc.token(up).head() == verb && OBJECTS.contains(doc.token(up).relation())
            || doc.token(up).head() == name && doc.token(up).relation().equals("conj"));
  }

  /** The genders of the people named before {@code m} in its sentence (UNKNOWN for one whose gender nobody gave). */
  private List<Gender> othersBefore(NameMention m, int sentence) {
    List<Gender> genders = new ArrayList<>();
    assigned.forEach((n, c) -> {
      if (n.firstToken() < m.firstToken() && doc.sentence(n.firstToken()) == sentence && c.type().equals("PERSON")) {
        genders.add(c.gender());
      }
    });
    for (int i = doc.article().analysis().sentences().get(sentence).firstToken(); i < m.firstToken(); i++) {
      int t = i;
      if (doc.token(t).ner().equals("PERSON") && assigned.keySet().stream().noneMatch(n -> n.firstToken() <= t && t < n.endToken())) {
        genders.add(Gender.UNKNOWN); // a person the resolver has not placed (yet): anyone's pronoun
      }
    }
    for (int i = doc.article().analysis().sentences().get(sentence).firstToken(); i < m.firstToken(); i++) {
      Gender g = PRONOUNS.get(doc.word(i).toLowerCase(Locale.ROOT));
      if (g != null && doc.token(i).pos().startsWith("PRP")) {
        genders.add(g); // "He accused Clinton of ..., his": someone else of that gender is about
      }
    }
    return genders;
  }

  private boolean isOtherName(int i) {
    return doc.token(i).ner().equals("PERSON") && doc.capitalised(i);
  }

  /**
   * A singular noun in a subject, object or appositive slot, or a role noun anywhere ("with the
   * president ... he"): it could be what the pronoun means.
   */
  private boolean singularArgument(int i) {
    String pos = doc.token(i).pos();
    return (pos.equals("NN") || pos.equals("NNP")) && (ARGUMENTS.contains(doc.token(i).relation())
        || doc.token(i).ner().equals("TITLE"));
  }

  /**
   * Of {@code candidates}, the one whose full name the article coordinates with a person that
   * {@code m} is coordinated with; empty when none or several are.
   */
  Optional<Cluster> byCoordination(NameMention m, List<Cluster> candidates) {
    Set<Cluster> partners = partnersOf(doc.headOf(m.firstToken(), m.endToken()));
    if (partners.isEmpty()) {
      return Optional.empty();
    }
    List<Cluster> fit = new ArrayList<>();
    for (Cluster c : candidates) {
      boolean shares = c.names().stream().anyMatch(n -> parsed.containsKey(n) && parsed.get(n).isFull()
          && partnersOf(doc.headOf(n.firstToken(), n.endToken())).stream().anyMatch(partners::contains));
      if (shares) {
        fit.add(c);
      }
    }
    return fit.size() == 1 ? Optional.of(fit.get(0)) : Optional.empty();
  }

  /**
   * The people coordinated with the name headed by token {@code head}: conjuncts of it ("Sanders
   * and Clinton"), of what it is a conjunct of, and the two ends of a range ("from Reagan to Clinton").
   */
  private Set<Cluster> partnersOf(int head) {
    List<Integer> tokens = new ArrayList<>();
    int up = doc.token(head).head();
    String relation = doc.token(head).relation();
    for (int child : doc.children(head)) {
      if (doc.token(child).relation().equals("conj")) {
        tokens.add(child);
      }
    }
    if (up >= 0 && (relation.equals("conj") || range(head, up))) {
      tokens.add(up);
      for (int sibling : doc.children(up)) {
        if (sibling != head && doc.token(sibling).relation().equals("conj") && relation.equals("conj")) {
          tokens.add(sibling);
        }
      }
    }
    for (int child : doc.children(head)) {
      if (range(child, head)) {
        tokens.add(child);
      }
    }
    Set<Cluster> partners = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int t : tokens) {
      assigned.forEach((n, c) -> {
        if (n.firstToken() <= t && t < n.endToken() && c.type().equals("PERSON")) {
          partners.add(c);
        }
      });
    }
    return partners;
  }

  /** Whether token {@code to} ends a range "from {@code from} to {@code to}" (its head, marked "from"). */
  private boolean range(int to, int from) {
    return doc.token(to).head() == from && hasCase(to, "to") && hasCase(from, "from");
  }

  private boolean hasCase(int noun, String word) {
    return doc.children(noun).stream().anyMatch(c -> doc.token(c).relation().equals("case")
        && doc.word(c).equalsIgnoreCase(word));
  }
}
