package org.newsgraph.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Stable article ids: the first 16 hex digits of a SHA-256 over the article's content.
 *
 * <p>The id depends on the text, the title and the publication date only, not on where the file
 * lies, so that the same article read from another folder or another copy of an archive gets the
 * same id and a store keeps it once.
 */
public final class ArticleIds {

  private ArticleIds() {}

  public static String of(String text, Optional<String> title, Optional<LocalDate> published) {
    String key = published.map(LocalDate::toString).orElse("") + '\n' + title.orElse("") + '\n' + text;
    return sha256Hex(key).substring(0, 16);
  }

  /** The SHA-256 of {@code s} (UTF-8) in lower-case hex. */
  public static String sha256Hex(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
