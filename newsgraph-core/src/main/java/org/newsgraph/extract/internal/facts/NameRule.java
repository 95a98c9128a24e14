package org.newsgraph.extract.internal.facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.FactType;

/**
 * Facts told about a person at their name: the title before it ("GOP state Rep. Arnold Mooney"),
 * a party-state tag after it ("(R-Ala.)"), an appositive or copular description ("Jones, a
 * Democratic former federal prosecutor"; "Dearborn is a former chief of staff to Sessions") and an
 * age ("Sessions, 72,").
 */
final class NameRule {

  /** "(R-Ala.)", "(D-N.Y., 7th District)", ", R-Tenn.,", "(D)". */
  private static final Pattern TAG = Pattern.compile(
      "\\A\\s*\\(\\s*([RDIL])\\s*(?:[-–—.]\\s*([A-Z][A-Za-z. ]{1,20}?)\\s*)?[,)]"
      + "|\\A\\s*,\\s*([RDI])-([A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,10})?)\\s*[,.;]");
  private static final Set<String> NAME_RELATIONS = Set.of("compound", "flat");

  private NameRule() {}

  static void apply(Context cx) {
    Parse p = cx.parse;
    for (int i = 0; i < p.size(); i++) {
      if (NAME_RELATIONS.contains(p.rel(i)) && p.isProperNoun(p.head(i)) && sameName(p, i, p.head(i))) {
        continue;
      }
      int at = i;
      Optional<Who.Ref> person = cx.who.named(i).filter(r -> cx.who.isPerson(r.entity()))
          .filter(r -> p.mention(at).isPresent() || p.isProperNoun(at));
      if (person.isEmpty() || p.lower(i).matches("he|she|him|her|his")) {
        continue;
      }
      int start = nameStart(p, i);
      Optional<String> state = tag(cx, i, person.get());
      preTitle(cx, i, start, person.get(), state);
      appositives(cx, i, start, person.get(), state);
      age(cx, i, start, person.get());
    }
  }

  /**
   * Whether a noun is a name of its own ("his son, Hunter"), not a description; the resolver makes
   * descriptions ("a former aide to the governor") mentions too.
   */
  private static boolean isName(Parse p, int t) {
    return p.mention(t).isPresent() && p.isProperNoun(t);
  }

  private static boolean sameName(Parse p, int a, int b) {
    return p.mention(a).isPresent() && p.mention(a).equals(p.mention(b));
  }

  private static int nameStart(Parse p, int i) {
    int s = i;
    while (s > 0 && p.mention(s - 1).isPresent() && p.mention(s - 1).equals(p.mention(i))) {
      s--;
    }
    return s;
  }

  private static void preTitle(Context cx, int head, int start, Who.Ref person, Optional<String> state) {
    Parse p = cx.parse;
    int from = start;
    for (int c : p.children(head, "compound", "amod", "nmod")) {
      if (c < start && !p.is(c, "nmod:poss") && p.caseOf(c).isEmpty()) {
        from = Math.min(from, p.subtree(c)[0]);
      }
    }
    from = afterOtherPerson(cx, person, from, start);
    if (from == start || hypothetical(p, head, from, start) || slogan(p, from, head)) {
      return;
    }
    List<Integer> words = new ArrayList<>();
    for (int t = from; t < start; t++) {
      if (!p.word(t).matches("[,(]|[Tt]he|[Aa]n?")) {
        words.add(t);
      }
    }
    Titles.describe(cx, person, words, List.of(), head, new int[] {from, head}, tense(cx, head), state);
  }

  /**
   * Where the title of a name starts when the parser made a coordination or a dateline part of it
   * ("Sen. Rand Paul of Kentucky and former Hewlett-Packard CEO Carly Fiorina" read as one name): after
   * the last "and" or "or" that follows another person's name, after a {@linkplain #dateline
   * dateline}, or after a closing quotation mark ("... South Carolina," Clinton campaign manager Robby
   * Mook wrote); {@code from} when there is none.
   */
  private static int afterOtherPerson(Context cx, Who.Ref person, int from, int start) {
    Parse p = cx.parse;
    boolean other = false;
    int cut = from;
    for (int t = from; t < start; t++) {
      if (p.mention(t).isPresent() && cx.who.named(t).filter(r -> !r.entity().equals(person.entity())
          && cx.who.isPerson(r.entity())).isPresent()) {
        other = true;
      } else if (other && p.lower(t).matches("and|or") || dateline(p, t) || closingQuote(p, t)) {
        cut = t + 1;
      }
    }
    return cut;
  }

  /** Whether token {@code t} is a closing quotation mark: one the parser tags so, or a quote mark glued to the word before it. */
  private static boolean closingQuote(Parse p, int t) {
    String text = p.analysisText();
    String w = text.substring(p.token(t).start(), p.token(t).end());
    boolean mark = w.equals("\"") || w.equals("”") || w.equals("''");
    return mark && (p.token(t).pos().equals("''") || t > 0 && p.token(t).start() == p.token(t - 1).end());
  }

  /**
   * Whether token {@code t} closes a dateline or a heading before the name: a dash set off by a space
   * ("ORLANDO, Fla. (Reuters) - President ..."), which no title spans.
   */
  private static boolean dateline(Parse p, int t) {
    boolean spaced = t > 0 && p.token(t).start() > p.token(t - 1).end();
    return spaced && p.word(t).matches("-+|–|—");
  }

  /**
   * Whether a title before a name imagines the person in it: "a President Trump", "an Attorney
   * General Giuliani" (a name takes no indefinite article otherwise), "would-be president Donald
   * Trump".
   */
  private static boolean hypothetical(Parse p, int head, int from, int start) {
    List<Integer> articles = new ArrayList<>(p.children(head, "det"));
    articles.add(from); // "a" may hang on the title instead of the name
    boolean indefinite = articles.stream()
        .anyMatch(d -> d + 1 < start && p.lower(d).matches("an?") && Character.isUpperCase(p.word(d + 1).charAt(0)));
    boolean wouldBe = false;
    for (int t = from; t < start; t++) {
      wouldBe |= p.lower(t).equals("would-be") || p.lower(t).equals("would") && t + 2 < start && p.lower(t + 2).equals("be");
    }
    return indefinite || wouldBe;
  }

  /**
   * Whether a titled name is all there is between quotation marks: a chant or a slogan (the crowd
   * cheered for “President Smith!”), which names an office wished for, not one held.
   */
  private static boolean slogan(Parse p, int from, int head) {
    String text = p.analysisText();
    int end = head;
    while (end + 1 < p.size() && p.mention(end + 1).isPresent() && p.mention(end + 1).equals(p.mention(head))) {
      end++;
    }
    int before = p.token(from).start() - 1;
    int after = p.token(end).end();
    while (after < text.length() && ".,!?".indexOf(text.charAt(after)) >= 0) {
      after++;
    }
    return before >= 0 && after < text.length() && "\"“".indexOf(text.charAt(before)) >= 0
        && "\"”".indexOf(text.charAt(after)) >= 0;
  }

  private static void appositives(Context cx, int head, int start, Who.Ref person, Optional<String> state) {
    Parse p = cx.parse;
    List<Integer> descriptions = new ArrayList<>();
    for (int a : p.children(head, "appos")) {
      // "Biden and Powell, the former secretary of state": an appositive after a coordination is ambiguous
      boolean coordinated = p.children(head, "conj").stream().anyMatch(c -> c < a);
      if (!coordinated && p.token(a).pos().startsWith("NN") && !isName(p, a) && !listItem(p, head, a)
          && !negated(p, a) && !negated(p, head)) {
        descriptions.add(a);
      }
    }
    String unmarked = tense(cx, head);
    if (p.is(head, "nsubj") && p.token(p.head(head)).pos().startsWith("NN")) {
      int n = p.head(head);
      Optional<Integer> cop = p.child(n, "cop");
      if (cop.isPresent() && !isName(p, n) && Claim.of(p, n).asserted()
          && !p.hasChild(n, Set.of("will", "'ll"), "aux")) {
        descriptions.add(n);
        unmarked = p.token(cop.get()).pos().equals("VBD") ? "former" : "current";
      }
    }
    for (int a : descriptions) {
      List<Integer> objects = new ArrayList<>();
      List<Integer> words = phrase(p, a, objects);
      int last = Math.max(a, words.isEmpty() ? a : words.get(words.size() - 1));
      for (int o : objects) {
        last = Math.max(last, p.subtree(o)[1]);
      }
      int[] evidence = {Math.min(start, words.isEmpty() ? a : words.get(0)), Math.max(head, last)};
      Titles.describe(cx, person, words, objects, a, evidence, unmarked, state);
    }
  }

  /**
   * Whether an appositive is an item of a list the parser read as appositions, or describes another
   * name: a name follows it as another appositive ("the president, the vice president, Susan Rice"),
   * is joined to it ("Smith, the governor and Jones"), or ends the appositive before it.
   */
  private static boolean listItem(Parse p, int head, int a) {
    return p.children(head, "appos").stream().anyMatch(b -> b > a && isName(p, b))
        || p.children(a, "conj").stream().anyMatch(c -> isName(p, c))
        || p.children(head, "appos").stream().anyMatch(b -> b < a && endsInName(p, b, a));
  }

  /**
   * Whether the appositive {@code b} ends, just before the appositive {@code a}, in another name: then
   * {@code a} describes that nearer name ("Chelsea, the daughter of Bill and Hillary Clinton, the
   * presidential candidate").
   */
  private static boolean endsInName(Parse p, int b, int a) {
    int last = p.subtree(b)[1];
    while (last > b && p.word(last).matches("[,;]")) {
      last--;
    }
    return last > b && last < a && isName(p, last) && p.token(last).ner().equals("PERSON");
  }

  /** Whether a noun is denied: "not the greatest president", "no president", "never a senator". */
  private static boolean negated(Parse p, int n) {
    return p.hasChild(n, Set.of("not", "never", "no", "n't"), "advmod", "det", "neg");
  }

  /** The words of a description: its left part, and "of ..." or "to ..." attachments on the right. */
  private static List<Integer> phrase(Parse p, int a, List<Integer> objects) {
    List<Integer> words = new ArrayList<>();
    int[] range = p.subtree(a);
    for (int t = range[0]; t <= a; t++) {
      if (!p.word(t).matches("[,(]|[Tt]he|[Aa]n?") && !p.is(t, "acl") && p.dominates(a, t)) {
        words.add(t);
      }
    }
    for (int n : p.children(a, "nmod")) {
      String marker = p.caseOf(n);
      if (n > a && marker.equals("of")) {
        int[] r = p.subtree(n);
        for (int t = r[0]; t <= r[1] && t - a < 12; t++) {
          if (!p.word(t).matches("[,(]|[Tt]he|[Aa]n?") && !p.is(t, "acl") && !p.is(t, "acl:relcl")) {
            words.add(t);
          }
        }
      } else if (n > a && Set.of("to", "for", "at", "with").contains(marker)) {
        objects.add(n);
      }
    }
    return words;
  }

  /**
   * The status a title takes from its clause: "current" in a present or perfect clause, and in a past
   * one the article dates within a week of its own date ("Sen. Smith said Monday", "spoke on Tuesday");
   * "" (left open) in other past clauses ("President Nixon resigned") and when the person is the
   * subject of a modal perfect ("President Eisenhower would have never proposed it").
   */
  private static String tense(Context cx, int head) {
    Parse p = cx.parse;
    int t = p.head(head);
    if (t >= 0 && DEATH.contains(p.lemma(t).toLowerCase(java.util.Locale.ROOT)) && p.rel(head).startsWith("nmod")) {
      return ""; // "the death of Justice Antonin Scalia has removed ...": held until the death, not now
    }
    for (int guard = 0; t >= 0 && guard < 6; guard++, t = p.head(t)) {
      if (p.isVerb(t)) {
        boolean simplePast = p.token(t).pos().equals("VBD")
            || p.children(t, "aux").stream().anyMatch(a -> p.token(a).pos().equals("VBD"));
        boolean perfect = p.children(t, "aux").stream().anyMatch(a -> p.lower(a).matches("has|have"));
        if (perfect && p.token(t).pos().equals("VBN") && p.head(head) == t && p.rel(head).startsWith("nsubj")
            && p.children(t, "aux").stream().anyMatch(a -> p.token(a).pos().equals("MD"))) {
          return ""; // "President Eisenhower would have never proposed": an unreal or possible past says nothing of now
        }
        return !simplePast || perfect || datedRecently(cx, t) ? "current" : "";
      }
    }
    return "current";
  }

  /** Nouns of a person's death: a title of the dead person is not held now. */
  private static final Set<String> DEATH = Set.of("death", "passing", "funeral", "assassination", "murder",
      "killing", "burial", "obituary");

  /** Days around the article's date within which a past clause tells of the present. */
  private static final int RECENT_DAYS = 7;

  /** Whether a time expression among the verb's own modifiers dates it within {@value #RECENT_DAYS} days of the article. */
  private static boolean datedRecently(Context cx, int verb) {
    if (cx.date.isEmpty()) {
      return false;
    }
    Parse p = cx.parse;
    for (int c : p.children(verb, "obl", "obl:tmod", "nmod:tmod", "advmod")) {
      int[] range = p.subtree(c);
      for (int i = range[0]; i <= range[1]; i++) {
        Optional<LocalDate> day = p.time(i).flatMap(x -> day(x.value()));
        if (day.isPresent() && Math.abs(ChronoUnit.DAYS.between(cx.date.get(), day.get())) <= RECENT_DAYS) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private static Optional<LocalDate> day(String value) {
    if (!DAY.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> tag(Context cx, int head, Who.Ref person) {
    Parse p = cx.parse;
    // the analysis text, where a removed person card between name and tag is blank (issue 3)
    String text = p.analysisText();
    int from = p.token(head).end();
    while (from < text.length() && from - p.token(head).end() < 2000 && text.charAt(from) == ' ') {
      from++;
    }
    String after = text.substring(from, Math.min(text.length(), from + 40));
    Matcher m = TAG.matcher(after);
    if (!m.find()) {
      return Optional.empty();
    }
    boolean comma = m.group(1) == null;
    Optional<String> stateWord = Optional.ofNullable(comma ? m.group(4) : m.group(2));
    Optional<String> state = stateWord.flatMap(States::of);
    Optional<String> party = Parties.ofLetter(comma ? m.group(3) : m.group(1));
    if (party.isEmpty() || stateWord.isPresent() && state.isEmpty()) {
      return Optional.empty();
    }
    int last = head;
    int tagEnd = from + m.end();
    while (last + 1 < p.size() && p.token(last + 1).end() <= tagEnd) {
      last++;
    }
    // evidence never spans removed residue: with a card between them, the tag alone is the evidence
    int first = nameStart(p, head);
    if (from > p.token(head).end() + 1) {
      first = Math.min(last, head + 1);
      while (first < last && p.token(first).end() <= from) {
        first++;
      }
    }
    cx.add(new Draft(FactType.PARTY, first, last, 0.95).subject(person).value(party.get()).status("current"));
    return state;
  }

  private static void age(Context cx, int head, int start, Who.Ref person) {
    Parse p = cx.parse;
    for (int c : p.children(head, "amod", "appos", "nummod", "dep")) {
      if (c > head && c + 1 < p.size() && p.word(c).matches("\\d{2,3}") && p.word(c - 1).equals(",")
          && p.word(c + 1).matches("[,;)]|\\.")) {
        int years = Integer.parseInt(p.word(c));
        if (years >= 18 && years <= 110) {
          cx.add(new Draft(FactType.AGE, start, c, 0.9).subject(person).value(p.word(c)));
        }
      }
    }
  }
}
