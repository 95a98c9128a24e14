package org.newsgraph.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;
import org.newsgraph.model.ResidueKind;
import org.newsgraph.model.Speaker;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.output.internal.JsonFields;
import org.newsgraph.read.Problem;

/**
 * Reads one line of the article JSON of {@code shared/contracts/article-json.md} back into an
 * {@link Article}: the inverse of {@link ArticleJson}, so that what {@code extract} or the Spark job
 * wrote can be stored later (issue 12, {@code newsgraph load}).
 *
 * <p>{@code read(new ArticleJson().toJson(a))} equals {@code a} for every article whose fact
 * confidences have at most three decimals (the writer rounds them to three). The contract's fields
 * must all be present; extra fields (such as the store's {@code globalId}) are ignored; a
 * {@code published} timestamp keeps its date. Every span is checked against {@code text}. A line
 * that breaks any of this is a {@link Problem} ({@code invalid-json} or {@code invalid-article})
 * naming the field, never an exception. Thread-safe.
 */
public final class ArticleJsonReader {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** The article on {@code line}, or why there is none; {@code input} names the line in a problem. */
  public ParsedArticle read(String line, String input) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return ParsedArticle.failed(new Problem(input, "invalid-json", "invalid JSON: " + e.getOriginalMessage()));
    }
    if (root == null || root.isMissingNode()) {
      return ParsedArticle.failed(new Problem(input, "invalid-json", "invalid JSON: empty line"));
    }
    try {
      return ParsedArticle.of(article(new JsonFields(root, "")));
    } catch (IllegalArgumentException e) {
      return ParsedArticle.failed(new Problem(input, "invalid-article", "not an article of the contract: " + e.getMessage()));
    }
  }

  private static Article article(JsonFields a) {
    RawArticle raw = new RawArticle(a.string("id"), a.string("source"), published(a), a.nullableString("title"),
        a.string("text"), a.extraStrings("authors"), a.extraString("url"));
    return new Article(raw,
        a.objects("removed").stream().map(ArticleJsonReader::removed).toList(),
        a.objects("entities").stream().map(ArticleJsonReader::entity).toList(),
        a.objects("mentions").stream().map(m -> new Mention(m.span(), m.string("type"), m.nullableString("entity"))).toList(),
        a.objects("quotes").stream().map(ArticleJsonReader::quote).toList(),
        a.objects("times").stream().map(t -> new TimeExpression(t.span(), t.string("value"))).toList(),
        a.objects("facts").stream().map(ArticleJsonReader::fact).toList());
  }

  private static Optional<LocalDate> published(JsonFields a) {
    Optional<String> value = a.nullableString("published");
    try {
      // a full ISO timestamp (allowed by the contract) keeps its date, which is all RawArticle holds
      return value.map(v -> LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v));
    } catch (DateTimeParseException e) {
      throw a.invalid("published", "expected an ISO date YYYY-MM-DD, got '" + value.get() + "'");
    }
  }

  private static Removed removed(JsonFields r) {
    String kind = r.string("kind");
    ResidueKind residue = Arrays.stream(ResidueKind.values()).filter(k -> k.json().equals(kind)).findFirst()
        .orElseThrow(() -> r.invalid("kind", "unknown residue kind '" + kind + "', expected one of "
            + Arrays.stream(ResidueKind.values()).map(ResidueKind::json).toList()));
    return new Removed(r.span(), residue, r.string("note"), r.nullableString("entity"), r.strings("headlines"));
  }

  private static Entity entity(JsonFields e) {
    return new Entity(e.string("id"), e.string("type"), e.string("name"), e.nullableString("fullName"),
        e.strings("aliases"), e.stringMap("kb"));
  }

  private static Quote quote(JsonFields q) {
    String name = q.string("kind");
    QuoteKind kind = Arrays.stream(QuoteKind.values()).filter(k -> k.json().equals(name)).findFirst()
        .orElseThrow(() -> q.invalid("kind", "unknown quote kind '" + name + "', expected one of "
            + Arrays.stream(QuoteKind.values()).map(QuoteKind::json).toList()));
    Optional<Speaker> speaker = q.nullableObject("speaker")
        .map(s -> new Speaker(s.nullableString("entity"), s.string("name"), s.nullableSpan("mention")));
    return new Quote(q.span(), kind, q.nullableSpan("cue"), speaker);
  }

  private static Fact fact(JsonFields f) {
    double confidence = f.number("confidence");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw f.invalid("confidence", "must lie in [0, 1], got " + confidence);
    }
    return new Fact(constant(f, "type", FactType.class, f.string("type")), f.nullableString("subject"),
        f.nullableString("object"), f.nullableString("value"), f.nullableString("role"), f.nullableString("start"),
        f.nullableString("end"), f.nullableString("asOf"), f.nullableString("status"),
        f.nullableObject("evidence").orElseThrow(() -> f.invalid("evidence", "must not be null")).span(), confidence);
  }

  private static <E extends Enum<E>> E constant(JsonFields node, String field, Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      throw node.invalid(field, "unknown value '" + name + "', expected one of " + allowed);
    }
  }
}
