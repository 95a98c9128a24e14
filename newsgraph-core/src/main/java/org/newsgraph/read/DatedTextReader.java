package org.newsgraph.read;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.RawArticle;

/**
 * Reads a plain-text article with an optional leading {@code date YYYY-MM-DD} header.
 *
 * <p>The header may follow leading whitespace and may share its line with the body. Without one,
 * the date comes from {@link ReadOptions#published()}, else from a {@code YYYY-MM-DD} in the file
 * name, else there is none. The article text is the file minus the header and the whitespace right
 * after it; a file without a header is kept byte for byte.
 */
public final class DatedTextReader implements ArticleReader {

  /** The largest file read as one article: five times the 20 MB article that must pass (issue 11). */
  static final int MAX_BYTES = 100 << 20;

  private static final Pattern HEADER = Pattern.compile("^\\s*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");

  @Override
  public void read(Input input, ReadOptions options, ReadSink sink) {
    byte[] bytes;
    try {
      bytes = input.readAtMost(MAX_BYTES + 1);
    } catch (IOException e) {
      sink.problem(new Problem(input.name(), "unreadable", "cannot read: " + Readers.reason(e)));
      return;
    }
    if (bytes.length > MAX_BYTES) {
      sink.problem(new Problem(input.name(), "too-large", "the file is larger than " + (MAX_BYTES >> 20)
          + " MB, too large for one article; skipped"));
      return;
    }
    Decoded decoded = Decoded.of(bytes);
    if (decoded.text().isEmpty()) {
      sink.problem(new Problem(input.name(), "undecodable", decoded.error().orElseThrow()));
      return;
    }
    parse(input, decoded.text().get(), options, sink);
  }

  /** Reads one article from {@code content}, already decoded. */
  public void parse(Input input, String content, ReadOptions options, ReadSink sink) {
    Optional<LocalDate> published = Optional.empty();
    String text = content;
    Matcher m = HEADER.matcher(content);
    if (m.find()) {
      published = Dates.parse(m.group(1));
      if (published.isEmpty()) {
        sink.problem(new Problem(input.name(), "bad-date", "the date header '" + m.group(1) + "' is not a valid date"));
        return;
      }
      text = content.substring(m.end());
    }
    if (published.isEmpty()) {
      published = options.published().or(() -> Dates.inFileName(input.fileName()));
    }
    if (text.isBlank()) {
      sink.problem(new Problem(input.name(), "no-text", "no article text (the file is empty or only a header)"));
      return;
    }
    String id = ArticleIds.of(text, Optional.empty(), published);
    sink.article(new RawArticle(id, input.name(), published, Optional.empty(), text, List.of(), Optional.empty()));
  }
}
