package org.newsgraph.resolve.internal.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.TimeMention;
import org.newsgraph.analyse.Token;

/**
 * Where the time expressions of a text are: the engine's, with ranges split into their ends, words
 * that are not times in news dropped, and a few the engine misses added.
 */
public final class Extents {

  /** "from 1997 to 2017", "1997-2017", "between 1990 and 1995": TimeBank marks each end. */
  private static final Pattern RANGE = Pattern.compile(
      "^(?:from |between )?(?<a>.+?)\\s*(?:\\bto\\b|\\bthrough\\b|\\buntil\\b|\\band\\b|-|\u2013)\\s*(?<b>.+)$",
      Pattern.CASE_INSENSITIVE);
  /** Ages and sizes, not times: "6-year-old", "37 years old", "17-year-olds", "a 24-hour candle" stays. */
  private static final Pattern AGE = Pattern.compile("(?i).*\\b(?:year|month|week|day)s?[- ]olds?\\b.*");
  /**
   * States of affairs that last, whose age is how long they have gone on: "the IRA's 8-month-old
   * truce" (TimeBank: P8M). Wars and their pauses, stoppages and bans, slumps and booms, searches.
   * Not people ("a 6-year-old boy") nor things ("the 50-year-old alliance", "a 136-year-old
   * institution"), whose age TimeBank never marks.
   */
  private static final Set<String> LASTING = Set.of("war", "conflict", "dispute", "feud", "rivalry", "standoff",
      "stalemate", "deadlock", "impasse", "insurgency", "rebellion", "occupation", "siege", "blockade", "embargo",
      "boycott", "sanction", "ban", "moratorium", "freeze", "strike", "lockout", "shutdown", "truce", "ceasefire",
      "armistice", "crisis", "slump", "recession", "downturn", "depression", "drought", "boom", "campaign",
      "investigation", "probe", "inquiry", "negotiation", "talk", "struggle", "manhunt", "search");
  /** Words the engine reads as times that news uses otherwise ("once" he arrives, "previously"). */
  private static final Set<String> NOT_TIMES = Set.of("once", "previously", "quarterly", "annual", "annually",
      "sec", "present", "day", "year", "time", "past", "future", "night", "nights", "morning", "dawn", "the day",
      "week", "month", "weekend", "a second", "second", "the", "before", "after");
  /**
   * Words the engine misses: "mid-1996", "late-November", "post-1959", "decades-long", "year-ago",
   * "by year-end";
   * "later that year" and "in the morning", which {@link NarrativeRules} count from the story's last time;
   * "in the near term", "at a later date" (not "at a later date than", a comparison): the future (issue 6: TimeBank tags them; "as soon as possible"
   * only in one of its two uses, which costs value precision on one half of TempEval-3 train);
   * "for a while", "for a fairly lengthy period": a length nobody counted; "for an additional year";
   * "in future quarters"; "a day-long meeting", "a several-year tenure"; the elided "last" of "twice
   * as high this year as last"; "then" after "until" (the time the story last named: "terminate on Nov.
   * 30. Until then, ..."; TimeBank leaves "since then" untagged, 3 of 3).
   */
  private static final Pattern MISSED = Pattern.compile("(?i)\\b(?:(?:mid|late|early|post|pre)-(?:\\d{4}s?|"
      + Patterns.MON + ")|decades-long|years-long|(?:the )?year-(?:ago|earlier)(?: (?:quarter|period))?"
      + "|(?<=\\b(?:by|since|at|around|before|until|till|through|after|near|toward|towards) )year(?:-| |'s )end"
      + "|fiscal (?:19|20)\\d\\d|this (?:crucial |critical |very |historic )?moment|the latest period|the nineties|the eighties|the seventies|the sixties"
      + "|(?:(?:later|earlier) )?(?:that|that same) (?:day|week|month|year)(?!-)|(?:that|that same) quarter(?!-)"
      + "|(?<=\\b(?:in|during) )the (?:morning|afternoon|evening)"
      + "|the (?:near|short) term(?!-)|(?<=\\bat )a later date(?! than)"
      + "|(?<=\\bfor )(?:" + DurationRules.UNCOUNTED_WORDS + ")"
      + "|(?<=\\b" + Normaliser.ONE_MORE_PREPOSITIONS + " )" + Normaliser.ONE_MORE_WORDS + " " + Normaliser.ONE_MORE_UNITS
      + "(?!-)"
      + "|" + DeicticRules.FUTURE_UNIT_WORDS
      + "|" + DurationRules.LONG_UNITS + "-long|several-" + DurationRules.SEVERAL_UNITS + "(?!s)"
      + "|(?<=\\bthis " + Surroundings.COMPARED_UNITS + Surroundings.COMPARED_UP_TO_LAST + ")last(?=\\s*[.,;:!?)])"
      + "|(?<=\\b(?:until|till) )then)\\b");
  /** Holidays the engine may miss ("from now to Election Day"), written as names: capitalised. */
  private static final Pattern HOLIDAY = Pattern.compile("\\b(?:(?:Election|Thanksgiving|Christmas|New Year's"
      + "|Independence|Labor|Memorial|Veterans|Valentine's|Martin Luther King) Day|Thanksgiving|Christmas Eve"
      + "|New Year's Eve|Halloween)\\b");
  /** A count of quarters with no order word: "three-quarters", "a quarter". */
  private static final Pattern SHARE = Pattern.compile("^(?:(?:about|more than|less than|nearly|almost|roughly|"
      + "some|over|under|fully) )*(?:a|one|two|three) quarters?$");
  /** What a share is of: "of its", "of the entire", not "of 1990" or "of this year". */
  private static final Pattern SHARE_OF = Pattern.compile("(?i)\\s+of\\s+(?!\\d{4}|(?:this|last|next|the) (?:year|fiscal)"
      + "|fiscal|calendar)");
  /** A name that starts like a date: "Jan Kavan", "May Smith". */
  private static final Pattern NAME = Pattern.compile(
      "^(?:Jan|Mar|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Sun|Sat|Mon|Wed|April|June|August)\\s+[A-Z][a-z]+$");

  private static final Pattern LOWER_MONTH = Pattern.compile("\\b(?:march|may)\\b(?!\\s*\\d)");
  /** A month that names an event: "the March for Life", "the March of the Combatant Mothers". */
  private static final Pattern MONTH_NAME_LAST = Pattern.compile("\\b(?:March|May)$");
  private static final Pattern EVENT_BEFORE = Pattern.compile("(?:\\bthe|``|\"|\u201c)(?:\\s*\\w+)?\\s*$");
  private static final Pattern EVENT_AFTER = Pattern.compile("\\s+(?:for|of|on)\\s+(?:the\\s+)?[A-Z]");
  private static final Pattern FUTURE_OF = Pattern.compile("\\s+of\\b");

  /** Names with time words in them: "Sandra Day O'Connor", "Easter Island", "Christmas Island". */
  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE");
  private static final Pattern TITLE_BEFORE = Pattern.compile("(?:\"|``|''|\u201c|[A-Za-z]'s ``?)\\s*(?:High\\s+)?$");
  private static final Pattern TITLE_AFTER = Pattern.compile("(?:[.,!?]?(?:\"|''|\u201d))|\\s+(?:of|With|for|with)\\s+[A-Z]");

  /** "the first nine months of 1997", "... of the year": TimeBank marks the months and the year apart. */
  private static final Pattern MONTHS_OF_YEAR = Pattern.compile(
      "(?i)^(?<a>.+?\\b(?:months|weeks))\\s+(?<b>of\\s+(?:(?:fiscal\\s+)?\\d{4}|(?:this|last|next|the)\\s+year))$");
  /** Ordinals sharing one noun: "the second and fourth quarters", "the first and second halves of 1990". */
  private static final Pattern SHARED_NOUN = Pattern.compile("(?i)^(?<a>(?:the\\s+)?" + Patterns.ORD
      + ")\\s*,?\\s+(?:and|or)\\s+(?<b>" + Patterns.ORD + "\\s+(?:fiscal\\s+)?(?:quarters|halves)\\b.*)$");
  /** The "of" before the year, left out of its extent unless the year is "the year", which needs it. */
  private static final Pattern OF = Pattern.compile("(?i)^of\\s+(?!the\\s)");

  private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)\\d|\\b(?:" + Patterns.MON + "|" + Patterns.WD + ")\\b");

  /**
   * A capitalised periodical or anniversary word, which begins the names of papers, columns and places:
   * "Daily Caller", "Weekly Standard", "the Centennial Journal item", "Centennial Park".
   */
  private static final Pattern PERIODICAL = Pattern.compile("Daily|Weekly|Monthly|Centennial|Bicentennial"
      + "|DAILY|WEEKLY|MONTHLY");
  /** A title before "the Year": "Person of ", "Player of ". */
  private static final Pattern TITLE_OF = Pattern.compile("\\b[A-Z][a-z]+ of $");

  /** A word joining a time to the time or event it counts from: "days after Oct. 12", "the week following". */
  private static final Set<String> CONNECTORS = Set.of("after", "following", "before", "preceding");
  /** A possessive after a time: "last month's squeeze" names an event, which the time only dates. */
  static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['\u2019]s\\b");
  /** "Oct. 12, the day before the plunge": an appositive day after a comma, which is the date before it. */
  private static final Pattern APPOSITIVE_DAY = Pattern.compile("^,\\s+(?<day>the day)\\b");

  /** "the year-ago quarter, the second quarter": a quarter in apposition, named by its order. */
  private static final Pattern APPOSITIVE_QUARTER = Pattern.compile("(?i)^,\\s+(?<q>the\\s+" + Patterns.ORD
      + "(?:\\s+fiscal)?\\s+quarter)$");

  private Extents() {}

  /** The candidates of {@code text}, in text order, not overlapping. */
  public static List<Candidate> find(Analysis analysis, String text) {
    List<Candidate> out = new ArrayList<>();
    for (TimeMention t : analysis.times()) {
      Candidate c = beforeGerund(analysis, new Candidate(t.start(), t.end(), t.firstToken(),
          Math.max(t.firstToken(), t.endToken()), Optional.ofNullable(t.value()).filter(v -> !v.isBlank())));
      if (!keep(analysis, text, c) || insideName(analysis, c) || nameEnd(analysis, text, c) || title(text, c) || fraction(text, c)
          || noun(text, c)) {
        continue;
      }
      Optional<Candidate> rest = afterHoliday(analysis, text, c);
      if (rest.isPresent()) {
        out.add(rest.get());
        continue;
      }
      out.addAll(split(analysis, text, Widening.of(analysis, text, c)));
    }
    for (Pattern missed : List.of(MISSED, HOLIDAY)) {
      Matcher m = missed.matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (out.stream().noneMatch(c -> c.start() < end && start < c.end()) && !analysis.tokens().isEmpty()) {
          out.add(part(analysis, start, end));
        }
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return List.copyOf(out);
  }

  /**
   * The engine's candidate without a last "before" or "after" that takes a gerund: in "later in the
   * day before returning home" and "Monday before leaving" it is a preposition, not "the day before"
   * (issue 6); what is left is judged on its own ("the day" alone is no time). Otherwise {@code c}.
   */
  private static Candidate beforeGerund(Analysis analysis, Candidate c) {
    List<Token> tokens = analysis.tokens();
    int last = c.endToken() - 1;
    if (last <= c.firstToken() || c.endToken() >= tokens.size() || !tokens.get(c.endToken()).pos().equals("VBG")
        || !CONNECTORS.contains(tokens.get(last).word().toLowerCase(java.util.Locale.ROOT))
        || tokens.get(last).end() != c.end()) {
      return c;
    }
    return new Candidate(c.start(), tokens.get(last - 1).end(), c.firstToken(), last, Optional.empty());
  }

  /**
   * An engine candidate that begins inside a holiday's name, as the rest after it: "Election Day later
   * this week" is read by the engine as "Day later this week"; the holiday is then added on its own
   * ("Election Day", "later this week"). Empty when the candidate does not begin inside one.
   */
  private static Optional<Candidate> afterHoliday(Analysis analysis, String text, Candidate c) {
    Matcher h = HOLIDAY.matcher(text);
    h.region(Math.max(0, c.start() - 20), Math.min(text.length(), c.end()));
    while (h.find()) {
      if (h.start() < c.start() && h.end() > c.start() && h.end() < c.end()) {
        int start = h.end();
        while (start < c.end() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        String rest = text.substring(start, c.end());
        if (Normaliser.value(Phrase.of(rest), Reference.undated(Tense.NONE)).isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(part(analysis, start, c.end()));
      }
    }
    return Optional.empty();
  }

  private static boolean keep(Analysis analysis, String text, Candidate c) {
    String s = text.substring(c.start(), c.end());
    if (AGE.matcher(s).matches() && !lastingAge(analysis, c) || (NAME.matcher(s).matches() && Lexicon.month(s.split("\\s+")[1].toLowerCase(
        java.util.Locale.ROOT)).isEmpty() && !s.matches(".*\\s\\d.*"))) {
      return false;
    }
    String normal = Phrase.of(s).normal();
    if (NOT_TIMES.contains(normal)) {
      return false;
    }
    // "this march", "may": lower-case march and may are a walk and a verb
    return !LOWER_MONTH.matcher(s).find() && !s.equals("Sec") && !s.equals("SEC");
  }

  /**
   * "the IRA's 8-month-old truce": an age that is how long a state of affairs has lasted, a length of
   * time (issue 6: TimeBank P8M), which the age filter would drop. The noun the "-old" qualifies
   * decides: a person's or a thing's age is none.
   */
  private static boolean lastingAge(Analysis analysis, Candidate c) {
    List<Token> tokens = analysis.tokens();
    if (c.endToken() < 1 || c.endToken() > tokens.size()) {
      return false;
    }
    Token old = tokens.get(c.endToken() - 1);
    if (!old.word().equalsIgnoreCase("old") || !old.relation().equals("amod") || old.head() < c.endToken()) {
      return false;
    }
    Token noun = tokens.get(old.head());
    return noun.pos().startsWith("NN") && LASTING.contains(noun.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "three-quarters of its food", "more than a quarter of the market": a share, not a time (issue 6).
   * "the first two quarters of 1990" names quarters by their order and stays.
   */
  private static boolean fraction(String text, Candidate c) {
    String normal = Phrase.of(text.substring(c.start(), c.end())).normal();
    return SHARE.matcher(normal).matches() && SHARE_OF.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  /**
   * Time words used as names or plain nouns: "the March for Life" is a march; "important to the
   * future of our peoples" is a fate, not a time (issue 6: TimeBank leaves both unmarked). "The
   * Communist Party daily Granma" is a newspaper, but TimeBank marks it as often as not, so it stays.
   */
  private static boolean noun(String text, Candidate c) {
    String normal = Phrase.of(text.substring(c.start(), c.end())).normal();
    Matcher month = MONTH_NAME_LAST.matcher(text.substring(c.start(), c.end()));
    if (month.find() && EVENT_BEFORE.matcher(text.substring(Math.max(0, c.start() + month.start() - 16),
        c.start() + month.start())).find() && EVENT_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()) {
      return true; // "the annual March for Life": an event named after its month
    }
    return normal.equals("the future") && FUTURE_OF.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  /** "Sandra Day O'Connor", "Orion 1980", "Mo Brooks": time words inside a name are not times. */
  private static boolean insideName(Analysis analysis, Candidate c) {
    return analysis.names().stream().anyMatch(n -> NAME_TYPES.contains(n.type())
        && n.start() < c.end() && c.start() < n.end());
  }

  /**
   * "Today" capitalised after a proper noun inside a sentence ends a name: "USA TODAY's reporting",
   * "a Psychology Today survey"; so does "the Year" in "Person of the Year", and a capitalised "Daily"
   * before a proper noun begins one: "The Daily Caller" (issue 6: the tagger does not always mark
   * such a name).
   */
  private static boolean nameEnd(Analysis analysis, String text, Candidate c) {
    String s = text.substring(c.start(), c.end());
    if (s.equals("the Year") && TITLE_OF.matcher(text.substring(Math.max(0, c.start() - 30), c.start())).find()) {
      return true; // "Time's Person of the Year", "Player of the Year": a title
    }
    if (PERIODICAL.matcher(s).matches() && c.firstToken() > 0 && c.endToken() < analysis.tokens().size()) {
      Token next = analysis.tokens().get(c.endToken());
      Token self = analysis.tokens().get(c.firstToken());
      boolean inside = analysis.tokens().get(c.firstToken() - 1).sentence() == self.sentence();
      return inside && next.sentence() == self.sentence() && next.pos().startsWith("NNP")
          && Character.isUpperCase(next.word().charAt(0)); // "The Daily Caller", "the Weekly Standard"
    }
    if (!s.equals("Today") && !s.equals("TODAY") || c.firstToken() == 0) {
      return false;
    }
    Token before = analysis.tokens().get(c.firstToken() - 1);
    Token self = analysis.tokens().get(c.firstToken());
    return before.sentence() == self.sentence() && before.pos().startsWith("NNP")
        && Character.isUpperCase(before.word().charAt(0)) && !CALENDAR_WORD.matcher(before.word()).find();
  }

  /** "This Week", "60 Minutes", "High Noon" in quotation marks: the titles of shows and films. */
  private static boolean title(String text, Candidate c) {
    String s = text.substring(c.start(), c.end());
    // "60 Minutes" starts with its number
    if (!(Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0))) || c.start() == 0) {
      return false;
    }
    String before = text.substring(Math.max(0, c.start() - 8), c.start());
    String after = text.substring(c.end(), Math.min(text.length(), c.end() + 12));
    boolean quotedBefore = TITLE_BEFORE.matcher(before).find();
    return quotedBefore && TITLE_AFTER.matcher(after).lookingAt()
        && s.chars().filter(Character::isUpperCase).count() >= Math.max(1, s.split("\\s+").length - 1);
  }

  /** A range as its two ends, when both ends are times on their own; otherwise the candidate. */
  private static List<Candidate> split(Analysis analysis, String text, Candidate c) {
    String s = text.substring(c.start(), c.end());
    int comma = s.indexOf(',');
    Matcher quarter = comma > 0 ? APPOSITIVE_QUARTER.matcher(s.substring(comma)) : null;
    if (quarter != null && quarter.find()) {
      // "the year-ago quarter, the second quarter": the quarter named again by its order, marked apart
      return List.of(Widening.of(analysis, text, part(analysis, c.start(), c.start() + comma)),
          part(analysis, c.start() + comma + quarter.start("q"), c.start() + comma + quarter.end("q")));
    }
    Reference undated = Reference.undated(Tense.NONE);
    Matcher of = MONTHS_OF_YEAR.matcher(s);
    if (of.matches() && Normaliser.value(Phrase.of(of.group("a")), undated).isPresent()) {
      Matcher preposition = OF.matcher(of.group("b"));
      int b = c.start() + of.start("b") + (preposition.find() ? preposition.end() : 0);
      return List.of(part(analysis, c.start() + of.start("a"), c.start() + of.end("a")),
          part(analysis, b, c.start() + of.end("b")));
    }
    Matcher shared = SHARED_NOUN.matcher(s);
    if (shared.matches()) {
      // TimeBank marks each: "second" and "fourth quarters"; the first takes its noun from the second
      return List.of(part(analysis, c.start() + shared.start("a"), c.start() + shared.end("a")),
          part(analysis, c.start() + shared.start("b"), c.start() + shared.end("b")));
    }
    Matcher m = RANGE.matcher(s);
    Optional<String> a = m.matches() ? Normaliser.value(Phrase.of(m.group("a")), undated) : Optional.empty();
    Optional<String> b = m.matches() ? Normaliser.value(Phrase.of(m.group("b")), undated) : Optional.empty();
    if (a.isEmpty() || b.isEmpty() || a.get().startsWith("P") || b.get().startsWith("P")) {
      return Normaliser.value(Phrase.of(s), undated).isEmpty() ? repaired(analysis, text, c) : List.of(c);
    }
    return List.of(part(analysis, c.start() + m.start("a"), c.start() + m.end("a")),
        part(analysis, c.start() + m.start("b"), c.start() + m.end("b")));
  }

  /**
   * An expression no rule reads, as parts our rules do read: "more than four hours Friday" is a
   * duration and a day; "Nov. 3, the day before" is "Nov. 3". Otherwise the engine's candidate.
   */
  private static List<Candidate> repaired(Analysis analysis, String text, Candidate c) {
    Reference undated = Reference.undated(Tense.NONE);
    List<Token> tokens = analysis.tokens();
    Optional<List<Candidate>> joined = joined(analysis, text, c);
    if (joined.isPresent()) {
      return joined.get();
    }
    for (int k = c.firstToken() + 1; k < Math.min(c.endToken(), tokens.size()); k++) {
      int leftEnd = tokens.get(k - 1).end();
      int rightStart = tokens.get(k).start();
      if (leftEnd <= c.start() || rightStart >= c.end()) {
        continue;
      }
      String left = text.substring(c.start(), leftEnd);
      String right = text.substring(rightStart, c.end());
      if (Normaliser.value(Phrase.of(left), undated).isPresent()
          && Normaliser.value(Phrase.of(right), undated).isPresent()) {
        return List.of(part(analysis, c.start(), leftEnd), part(analysis, rightStart, c.end()));
      }
    }
    return commaParts(analysis, text, c).orElse(List.of(c));
  }

  /**
   * "Nov. 3, the day before": the date before the comma; with "the day" after it as an expression of
   * its own (issue 6: TimeBank marks the appositive day, which {@link NarrativeRules} give the date's
   * value). Empty when no valued time ends at a comma inside {@code c}.
   */
  private static Optional<List<Candidate>> commaParts(Analysis analysis, String text, Candidate c) {
    int comma = text.indexOf(',', c.start());
    if (comma <= c.start() || comma >= c.end() || CALENDAR_WORD.matcher(text.substring(comma, c.end())).find()
        || Normaliser.value(Phrase.of(text.substring(c.start(), comma)), Reference.undated(Tense.NONE)).isEmpty()) {
      return Optional.empty();
    }
    Matcher day = APPOSITIVE_DAY.matcher(text.substring(comma, c.end()));
    return Optional.of(day.find() ? List.of(part(analysis, c.start(), comma),
        part(analysis, comma + day.start("day"), comma + day.end("day"))) : List.of(part(analysis, c.start(), comma)));
  }

  /**
   * A time counted from another, as its two times: "Eight trading days after Oct. 12" is a length and
   * a date (issue 6: TimeBank marks each); "the week following last month's squeeze" counts from an
   * event that the second time only dates, so that time stands alone. Empty when {@code c} is not joined so.
   */
  private static Optional<List<Candidate>> joined(Analysis analysis, String text, Candidate c) {
    Reference undated = Reference.undated(Tense.NONE);
    List<Token> tokens = analysis.tokens();
    boolean possessive = POSSESSIVE_AFTER.matcher(text).region(c.end(), text.length()).find();
    for (int k = c.firstToken() + 1; k + 1 < Math.min(c.endToken(), tokens.size()); k++) {
      if (!CONNECTORS.contains(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int leftEnd = tokens.get(k - 1).end();
      int rightStart = tokens.get(k + 1).start();
      if (leftEnd <= c.start() || rightStart >= c.end()) {
        continue;
      }
      boolean leftValued = Normaliser.value(Phrase.of(text.substring(c.start(), leftEnd)), undated).isPresent();
      Candidate right = part(analysis, rightStart, c.end());
      Optional<List<Candidate>> rightParts = Normaliser.value(Phrase.of(text.substring(rightStart, c.end())), undated)
          .isPresent() ? Optional.of(List.of(right)) : commaParts(analysis, text, right);
      if (rightParts.isEmpty() || !(leftValued || possessive)) {
        continue;
      }
      List<Candidate> out = new ArrayList<>();
      if (leftValued) {
        out.add(Widening.of(analysis, text, part(analysis, c.start(), leftEnd)));
      }
      out.addAll(rightParts.get());
      return Optional.of(out);
    }
    return Optional.empty();
  }

  private static Candidate part(Analysis analysis, int start, int end) {
    int first = indexOf(analysis, start);
    int last = indexOf(analysis, end - 1);
    return new Candidate(start, end, first, last + 1, Optional.empty());
  }

  /** The index of the token holding offset {@code offset}, or of the last token before it. */
  static int indexOf(Analysis analysis, int offset) {
    List<Token> tokens = analysis.tokens();
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Math.max(lo, 0);
  }
}
