package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One referent being assembled: its names, what its fullest name is, and what gender the text
 * gives it. Mutable while the resolver runs, confined to one thread.
 */
public final class Cluster {

  private final String type;
  private final String key;
  private final List<NameMention> names = new ArrayList<>();
  private final Map<String, Integer> forms = new LinkedHashMap<>();
  private final Set<String> notUsual = new HashSet<>();
  private Optional<PersonName> person = Optional.empty();
  private Optional<String> cardFullName = Optional.empty();
  private Optional<String> canonical = Optional.empty();
  private Gender gender = Gender.UNKNOWN;
  private Gender nameGender = Gender.UNKNOWN;

  public Cluster(String type, String key) {
    this.type = type;
    this.key = key;
  }

  public String type() {
    return type;
  }

  public String key() {
    return key;
  }

  public List<NameMention> names() {
    return names;
  }

  /** The fullest parsed person name known so far. */
  public Optional<PersonName> person() {
    return person;
  }

  /** The gender of the given name of the fullest name, else what honorifics and pronouns said. */
  public Gender gender() {
    return nameGender != Gender.UNKNOWN ? nameGender : gender;
  }

  /** Records the gender a given name implies; a person's fullest given name outranks other evidence. */
  public void nameGender(Gender g) {
    if (g != Gender.UNKNOWN) {
      nameGender = g;
    }
  }

  public Optional<String> cardFullName() {
    return cardFullName;
  }

  /** Adds a mention by name; its surface becomes one of the forms the entity goes by. */
  public void add(NameMention m, Optional<PersonName> parsed) {
    names.add(m);
    forms.merge(m.surface(), 1, Integer::sum);
    parsed.ifPresent(this::learn);
  }

  /** Takes a person name as the cluster's when it says more than the one known. */
  public void learn(PersonName name) {
    if (person.isEmpty() || richness(name) > richness(person.get())) {
      person = Optional.of(name);
    }
  }

  private static int richness(PersonName n) {
    return n.given().size() * 2 + n.nicknames().size() + (n.suffix().isPresent() ? 1 : 0);
  }

  public void cardFullName(String fullName) {
    this.cardFullName = Optional.of(fullName);
  }

  /** A name that identifies the referent better than any written form ("Alabama" for "Ala."). */
  public void canonical(String name) {
    this.canonical = Optional.of(name);
  }

  /** Records gender evidence; conflicting evidence makes it unknown. */
  public void gender(Gender g) {
    if (g == Gender.UNKNOWN) {
      return;
    }
    gender = gender == Gender.UNKNOWN || gender == g ? g : Gender.UNKNOWN;
  }

  /**
   * The usual full form: the most used form with a given name and surname, else the canonical or most
   * used form. Forms marked {@linkplain #notUsual not usual} are passed over.
   */
  public String name() {
    Optional<String> full = forms.entrySet().stream()
        .filter(e -> type.equals("PERSON") && e.getKey().contains(" ") && !notUsual.contains(e.getKey()))
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    if (full.isPresent()) {
      return full.get();
    }
    if (type.equals("PERSON") && person.isPresent() && person.get().isFull()) {
      return person.get().usual();
    }
    return canonical.orElseGet(() -> forms.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(key));
  }

  /**
   * Records that the written form {@code form} is not the person's usual full name: it shortens a fuller
   * name ("Peña Nieto"), or it has words run into the name ("McCain Challenger Kelli Ward").
   */
  public void notUsual(String form) {
    notUsual.add(form);
  }

  /** The fullest known form: the card's full name, else the longest written form when longer than the name. */
  public Optional<String> fullName() {
    if (cardFullName.isPresent() || !type.equals("PERSON")) {
      return cardFullName;
    }
    String name = name();
    return forms.keySet().stream().filter(f -> f.length() > name.length() && f.contains(" ") && !notUsual.contains(f))
        .max((a, b) -> Integer.compare(a.split(" ").length, b.split(" ").length))
        .or(() -> type.equals("PERSON") && name.contains(" ") ? Optional.of(name) : Optional.empty());
  }

  /** Every other form the article uses. */
  public List<String> aliases() {
    String name = name();
    List<String> out = new ArrayList<>();
    forms.keySet().stream().filter(f -> !f.equals(name)).forEach(out::add);
    canonical.filter(c -> !c.equals(name) && !out.contains(c)).ifPresent(out::add);
    return out;
  }
}
