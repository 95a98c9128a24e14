package org.newsgraph.extract.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.FactType;

/**
 * Turns a title phrase that describes a person ("GOP state Rep.", "a former chief of staff to
 * Sessions", "Republican presidential nominee") into facts: the office or role it names, the party
 * it gives, the candidacy it states. Shared by pre-name titles, appositives and copular descriptions.
 */
final class Titles {

  private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then", "then-", "onetime",
      "one-time", "late", "erstwhile", "outgoing");
  private static final Set<String> OBJECT_TYPES = Set.of("PERSON", "ORGANIZATION");

  private Titles() {}

  /**
   * Facts from the words of tokens {@code words} describing {@code person}.
   *
   * @param words the token indexes of the phrase, in order
   * @param past whether a copula in the past tense ties the phrase to the person ("was the governor")
   * @param tagState the state of a party-state tag after the name, or empty
   */
  static void describe(Context cx, Who.Ref person, List<Integer> words, int first, int last, boolean past,
      Optional<String> tagState) {
    Parse p = cx.parse;
    List<String> roleWords = new ArrayList<>();
    Optional<Who.Ref> object = Optional.empty();
    boolean former = past;
    for (int t : words) {
      String lower = p.lower(t);
      former |= FORMER.contains(lower) || lower.startsWith("ex-") || lower.startsWith("then-");
      Optional<String> party = Parties.ofWord(p.word(t));
      boolean named = p.mention(t).map(m -> OBJECT_TYPES.contains(m.type())).orElse(false)
          || p.isProperNoun(t) && p.token(t).ner().equals("O") && cx.who.named(t).isPresent();
      if (party.isPresent() && !p.isVerb(t)) {
        if (lower.startsWith("democrat") || lower.startsWith("republican") || lower.equals("gop") || p.isProperNoun(t)
            || Character.isUpperCase(p.word(t).charAt(0))) {
          cx.add(new Draft(FactType.PARTY, first, last, 0.85).subject(person).value(party.get()).status("current"));
        }
        roleWords.add(lower);
      } else if (named) {
        object = object.or(() -> cx.who.named(t).filter(r -> !r.entity().equals(person.entity())));
      } else {
        roleWords.add(p.word(t).replaceFirst("^(?i)(ex|then)-", ""));
      }
    }
    Optional<Role> role = trimmed(roleWords);
    if (role.isEmpty()) {
      return;
    }
    Role r = tagState.map(s -> role.get().in(s)).orElse(role.get());
    String status = former ? "former" : "current";
    switch (r.kind()) {
      case OFFICE -> cx.add(new Draft(FactType.OFFICE, first, last, 0.85).subject(person).role(r.name()).status(status));
      case AFFILIATION -> object.ifPresent(o -> cx.add(
          new Draft(FactType.AFFILIATION, first, last, 0.8).subject(person).object(o).role(r.name()).status(status)));
      case CANDIDATE -> {
        if (!r.name().isEmpty()) {
          cx.add(new Draft(FactType.CANDIDACY, first, last, 0.8).subject(person).role(cx.races.role(r.name()))
              .status(former ? "former" : "current"));
        }
      }
    }
  }

  /** The role the words name, trying shorter tails when the whole does not match. */
  static Optional<Role> trimmed(List<String> words) {
    List<String> w = new ArrayList<>(words);
    while (!w.isEmpty() && !Offices.isTitleWord(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
      w.remove(w.size() - 1);
    }
    List<String> states = w.stream().filter(x -> States.byName(x).isPresent()).toList();
    for (int from = 0; from < w.size(); from++) {
      List<String> tail = new ArrayList<>(states);
      tail.addAll(w.subList(from, w.size()));
      Optional<Role> r = Offices.of(tail);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }
}
