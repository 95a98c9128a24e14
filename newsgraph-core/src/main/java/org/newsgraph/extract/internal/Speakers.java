package org.newsgraph.extract.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Speaker;

/**
 * Turns a speaker token into a {@link Speaker}: the article mention covering it (and that mention's
 * entity) when the resolver made one, else the noun phrase around it ("the strategist", "he").
 *
 * <p>Pronouns and descriptions are linked to entities by the entity resolver (issue 4), not here: a
 * speaker is an entity exactly when the article's mention list links its mention to one.
 */
public final class Speakers {

  private static final Set<String> MODIFIERS = Set.of("det", "amod", "compound", "flat", "nummod",
      "nmod:poss", "det:poss");

  private final ParsedText p;
  private final String text;
  private final List<Mention> mentions;
  private final Map<String, Entity> entities;

  /**
   * @param p the parsed text
   * @param text the article text, which spans point into
   * @param mentions the article's mentions
   * @param entities the article's entities
   */
  public Speakers(ParsedText p, String text, List<Mention> mentions, List<Entity> entities) {
    this.p = p;
    this.text = text;
    this.mentions = mentions.stream().sorted(Comparator.comparingInt((Mention m) -> m.span().start())).toList();
    this.entities = entities.stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
  }

  /** The speaker named at token {@code t}. */
  public Speaker speaker(int t) {
    Optional<Mention> mention = mentionAt(p.token(t).start(), p.token(t).end());
    if (mention.isPresent()) {
      Mention m = mention.get();
      Optional<Entity> entity = m.entity().map(entities::get);
      String name = entity.map(Entity::name).orElse(bare(m.span().text()));
      return new Speaker(entity.map(Entity::id), name, Optional.of(m.span()));
    }
    Span phrase = phrase(t);
    return new Speaker(Optional.empty(), bare(phrase.text()), Optional.of(phrase));
  }

  /** The article mention covering token {@code t}, if the resolver made one. */
  public Optional<Mention> mentionOf(int t) {
    return mentionAt(p.token(t).start(), p.token(t).end());
  }

  /** The span {@link #speaker} gives for token {@code t}: its mention, or the noun phrase around it. */
  public Span span(int t) {
    return mentionOf(t).map(Mention::span).orElseGet(() -> phrase(t));
  }

  /** The entity the article mention covering token {@code t} is linked to, if any. */
  public Optional<String> entityOf(int t) {
    return mentionOf(t).flatMap(Mention::entity);
  }

  /** The smallest mention covering {@code [start, end)}, the one that names the speaker most closely. */
  private Optional<Mention> mentionAt(int start, int end) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().start() > start) {
        break;
      }
      if (m.span().end() >= end && (best == null || m.span().length() < best.span().length())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Token {@code t} with the modifiers before it and the name parts after it: "the GOP strategist". */
  private Span phrase(int t) {
    int first = t;
    int last = t;
    if (!p.pos(t).startsWith("PRP")) {
      for (int c : p.children(t)) {
        String rel = p.rel(c);
        if (!MODIFIERS.contains(rel)) {
          continue;
        }
        int[] sub = p.subtree(c);
        if (c < t && sub[1] < t) {
          first = Math.min(first, sub[0]);
        } else if (c > t && (rel.equals("flat") || rel.equals("compound"))) {
          last = Math.max(last, sub[1]);
        }
      }
    }
    return Span.of(text, p.token(first).start(), p.token(last).end());
  }

  /** A name without a trailing possessive and with its spaces collapsed. */
  static String bare(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    String out = b.toString().strip();
    if (out.endsWith("'s") || out.endsWith("’s")) {
      out = out.substring(0, out.length() - 2);
    } else if (out.endsWith("'") || out.endsWith("’")) {
      out = out.substring(0, out.length() - 1);
    }
    return out.strip();
  }
}
