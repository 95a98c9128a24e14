package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Span;
import org.newsgraph.model.Speaker;

/**
 * Hand-made articles for store tests, shaped like today's resolver output: one entity per distinct
 * name, every occurrence of the name a mention.
 */
final class Articles {

  private final String id;
  private final String text;
  private final LocalDate published;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();
  private Optional<String> title = Optional.empty();

  private Articles(String id, String published, String text) {
    this.id = id;
    this.text = text;
    this.published = LocalDate.parse(published);
  }

  static Articles article(String id, String published, String text) {
    return new Articles(id, published, text);
  }

  Articles title(String title) {
    this.title = Optional.of(title);
    return this;
  }

  /** Every occurrence of each name not inside an earlier name becomes a mention of one entity of that type. */
  Articles names(String type, String... names) {
    for (String name : names) {
      Entity e = entities.computeIfAbsent(type + "|" + name,
          k -> new Entity("e" + (entities.size() + 1), type, name, Optional.empty(), List.of(), Map.of()));
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
        Span span = Span.of(text, at, at + name.length());
        if (mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
          mentions.add(new Mention(span, type, Optional.of(e.id())));
        }
      }
    }
    return this;
  }

  Articles people(String... names) {
    return names("PERSON", names);
  }

  /** A direct quote of the first occurrence of {@code words}, said by the entity named {@code speaker}. */
  Articles quote(String words, String speaker) {
    int at = text.indexOf(words);
    Entity e = entities.get("PERSON|" + speaker);
    int s = text.indexOf(speaker);
    quotes.add(new Quote(Span.of(text, at, at + words.length()), QuoteKind.DIRECT, Optional.empty(),
        Optional.of(new Speaker(Optional.of(e.id()), speaker, Optional.of(Span.of(text, s, s + speaker.length()))))));
    return this;
  }

  /** A fact about the person named {@code subject}, resting on the first occurrence of {@code evidence}. */
  Articles fact(FactType type, String subject, String role, String status, String evidence) {
    int at = text.indexOf(evidence);
    facts.add(new Fact(type, Optional.of(entities.get("PERSON|" + subject).id()), Optional.empty(), Optional.empty(),
        Optional.of(role), Optional.empty(), Optional.empty(), Optional.of(published.toString()), Optional.of(status),
        Span.of(text, at, at + evidence.length()), 0.9));
    return this;
  }

  /** A fact relating two people of the article: {@code subject} is {@code role} of {@code object}. */
  Articles relation(FactType type, String subject, String object, String role, String status, String evidence) {
    int at = text.indexOf(evidence);
    facts.add(new Fact(type, Optional.of(entities.get("PERSON|" + subject).id()),
        Optional.of(entities.get("PERSON|" + object).id()), Optional.empty(), Optional.of(role), Optional.empty(),
        Optional.empty(), Optional.of(published.toString()), Optional.of(status), Span.of(text, at, at + evidence.length()), 0.9));
    return this;
  }

  Article build() {
    mentions.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    RawArticle raw = new RawArticle(id, "test/" + id + ".txt", Optional.of(published), title, text, List.of(), Optional.empty());
    return new Article(raw, List.of(), List.copyOf(entities.values()), mentions, quotes, List.of(), facts);
  }
}
