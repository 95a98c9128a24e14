package org.newsgraph.resolve.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the people who share a surname are introduced, which decides who a bare surname means
 * (issue 8). Reads the names {@link PersonClusterer} has parsed and resolved so far.
 */
final class Introductions {

  private final Lexicon lexicon;
  private final Doc doc;
  private final Map<NameMention, PersonName> parsed;
  private final Map<NameMention, Cluster> assigned;
  private final OfficeTitles titles;

  Introductions(Lexicon lexicon, Doc doc, Map<NameMention, PersonName> parsed, Map<NameMention, Cluster> assigned,
      OfficeTitles titles) {
    this.lexicon = lexicon;
    this.doc = doc;
    this.parsed = parsed;
    this.assigned = assigned;
    this.titles = titles;
  }

  /**
   * Of people sharing a surname and named in full before this mention, the one the article named
   * first: the news convention gives the bare surname to the person introduced first and calls the
   * others by full or given name ("Ted Cruz ... his wife, Heidi ... Cruz said"). A mention before
   * any of them is named in full (a headline) stays ambiguous. A full name that only modifies a role
   * noun ("former Bill Clinton pollster Douglas Schoen") introduces nobody: it names what someone
   * else is (issue 8).
   */
  List<Cluster> firstIntroduced(NameMention m, List<Cluster> candidates) {
    List<Integer> anywhere = introductions(candidates, false, false);
    List<Integer> firsts = introductions(candidates, true, false);
    if (!doc.quoted(m.firstToken())) { // a name in someone's quoted words introduces nobody to the narrative
      List<Integer> narrated = introductions(candidates, true, true);
      firsts = narrated.stream().allMatch(f -> f == Integer.MAX_VALUE) ? firsts : narrated;
    }
    if (firsts.stream().allMatch(f -> f == Integer.MAX_VALUE)) {
      firsts = anywhere;
    }
    int earliest = firsts.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int chosen = firsts.indexOf(earliest);
    for (int i = 0; i < candidates.size(); i++) { // introduced in one sentence: the headline's person
      boolean tie = firsts.get(i) != Integer.MAX_VALUE && doc.sentence(firsts.get(i)) == doc.sentence(earliest);
      if (tie && anywhere.get(i) < anywhere.get(chosen) && doc.inHeadline(anywhere.get(i))) {
        chosen = i;
      }
    }
    return earliest < m.firstToken() ? List.of(candidates.get(chosen)) : candidates;
  }

  /**
   * Where each candidate is first named in full; {@code bodyOnly}: outside the headline, which
   * names its subject but introduces nobody ("Hold Melania Trump to her husband's standards" over a
   * letter about Donald Trump), unless two are introduced in the same sentence of the body: then the
   * headline's person is the article's ("Bill Clinton: ..." over "... for his wife Hillary Clinton,
   * Bill Clinton said"; issue 8). {@code narrativeOnly}: outside quotation marks too, as a reporter
   * introduces people in the narrative, and a quoted "not Bill [Clinton], nobody more qualified than
   * Hillary Clinton" leaves the narrative's bare "Clinton" to the one it then names.
   */
  private List<Integer> introductions(List<Cluster> candidates, boolean bodyOnly, boolean narrativeOnly) {
    return candidates.stream().map(c -> c.names().stream()
        .filter(n -> introduces(c, n) && !(bodyOnly && doc.inHeadline(n.firstToken()))
            && !(narrativeOnly && doc.quoted(n.firstToken())))
        .mapToInt(NameMention::firstToken).min().orElse(Integer.MAX_VALUE)).toList();
  }

  /**
   * Whether name {@code n} introduces person {@code c}: a full name that does not only modify a
   * noun, or, for a person never named in full, a surname after an office title ("former Secretary
   * Clinton", kept apart from President Bill Clinton by {@link OfficeTitles}).
   */
  private boolean introduces(Cluster c, NameMention n) {
    if (!parsed.containsKey(n)) {
      return false;
    }
    boolean full = c.person().map(PersonName::isFull).orElse(false);
    return parsed.get(n).isFull() ? !modifiesNoun(n) : !full && titles.before(n.firstToken()).isPresent();
  }

  /**
   * Whether the name only says whom someone else works for: a compound modifier of a role noun after
   * it ("a Bill Clinton aide", "former Bill Clinton pollster"). "A Hillary Clinton administration" is
   * about her and still introduces her.
   */
  private boolean modifiesNoun(NameMention n) {
    int head = doc.headOf(n.firstToken(), n.endToken());
    int governor = doc.token(head).head();
    return doc.token(head).relation().equals("compound") && governor >= n.endToken()
        && lexicon.isTitleWord(doc.word(governor));
  }

  /**
   * The one person every other resolved short name with this surname (and suffix) went to: an
   * article keeps a bare surname for one person throughout, so a headline's or abstract's "Trump"
   * before anyone is named in full is whom the body's "Mr. Trump" and "Trump" are (issue 8). Empty
   * when they went to two people ("Mrs. Clinton" and "Mr. Clinton") or none was resolved.
   */
  Optional<Cluster> sameSurnameElsewhere(NameMention m, PersonName p) {
    Set<Cluster> owners = Collections.newSetFromMap(new IdentityHashMap<>());
    assigned.forEach((n, c) -> {
      PersonName q = parsed.get(n);
      if (n != m && q != null && !q.isFull() && q.lastKey().equals(p.lastKey()) && q.suffix().equals(p.suffix())) {
        owners.add(c);
      }
    });
    return owners.size() == 1 ? Optional.of(owners.iterator().next()) : Optional.empty();
  }
}
