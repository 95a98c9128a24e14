package org.newsgraph.extract.internal.facts;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.analyse.Sentence;

/**
 * A conservative stand-in for pronoun resolution, used only where the article's mentions leave a
 * personal pronoun unresolved (issue 4 resolves pronouns properly). A pronoun takes the person subject
 * of a clause above its own ("Trump said he ..."), a possessive also its own clause's subject; failing
 * that, the person subject of the sentence before, when no other person is named in between. A
 * person the pronoun cannot stand for ({@link Who#mayBe}: the other gender, or the speaker of the
 * quotation the pronoun is in) is passed over.
 */
final class Pronouns {

  private static final Set<String> POSSESSIVE = Set.of("his", "her");
  private static final int SENTENCES_BACK = 3;

  private Pronouns() {}

  static Optional<Who.Ref> resolve(Parse parse, Who who, int pronoun) {
    return resolve(parse, who, pronoun, 0, e -> who.mayBe(pronoun, e));
  }

  private static Optional<Who.Ref> resolve(Parse parse, Who who, int pronoun, int depth, Predicate<String> fits) {
    if (depth > SENTENCES_BACK) {
      return Optional.empty();
    }
    int clause = clauseOf(parse, pronoun);
    int from = POSSESSIVE.contains(parse.lower(pronoun)) ? clause : parse.head(clause);
    for (int p = from, guard = 0; p >= 0 && guard < 50; p = parse.head(p), guard++) {
      for (int s : parse.children(p, "nsubj")) {
        if (s == pronoun) {
          continue;
        }
        Optional<Who.Ref> r = subject(parse, who, s, depth, fits);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    Optional<Who.Ref> only = onlyPersonBefore(parse, who, pronoun);
    if (only.isPresent() || personBefore(parse, pronoun)) {
      return only.filter(r -> fits.test(r.entity()));
    }
    return previousSubject(parse, who, pronoun, depth, fits);
  }

  private static Optional<Who.Ref> subject(Parse parse, Who who, int s, int depth, Predicate<String> fits) {
    if (Set.of("he", "she").contains(parse.lower(s))) {
      return who.named(s).or(() -> resolve(parse, who, s, depth + 1, fits)).filter(r -> fits.test(r.entity()));
    }
    return who.named(s).filter(r -> who.isPerson(r.entity()) && fits.test(r.entity()));
  }

  /** The predicate whose clause holds the token: the first ancestor that is a verb or has a subject. */
  private static int clauseOf(Parse parse, int i) {
    int t = parse.head(i);
    for (int guard = 0; t >= 0 && guard < 50; guard++) {
      if (parse.isVerb(t) || !parse.children(t, "nsubj").isEmpty() || parse.head(t) < 0) {
        return t;
      }
      t = parse.head(t);
    }
    return Math.max(t, 0);
  }

  /** The one person named earlier in the sentence, when exactly one is ("described Mr. Obama ... when he ran"). */
  private static Optional<Who.Ref> onlyPersonBefore(Parse parse, Who who, int pronoun) {
    Sentence s = parse.sentence(pronoun);
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (int t = s.firstToken(); t < pronoun; t++) {
      if (parse.mention(t).map(m -> m.type().equals("PERSON")).orElse(false)) {
        who.named(t).filter(r -> who.isPerson(r.entity())).ifPresent(r -> seen.add(r.entity()));
      }
    }
    return seen.size() == 1 ? Optional.of(new Who.Ref(seen.iterator().next(), 0.9)) : Optional.empty();
  }

  private static boolean personBefore(Parse parse, int pronoun) {
    Sentence s = parse.sentence(pronoun);
    for (int t = s.firstToken(); t < pronoun; t++) {
      if (parse.mention(t).map(m -> m.type().equals("PERSON")).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Who.Ref> previousSubject(Parse parse, Who who, int pronoun, int depth, Predicate<String> fits) {
    int index = parse.token(pronoun).sentence();
    if (index == 0) {
      return Optional.empty();
    }
    Sentence prev = parse.sentences().get(index - 1);
    for (int t = prev.firstToken(); t < prev.endToken(); t++) {
      if (parse.head(t) >= 0 && parse.head(parse.head(t)) < 0 && parse.is(t, "nsubj")) {
        return subject(parse, who, t, depth + 1, fits);
      }
    }
    return Optional.empty();
  }
}
