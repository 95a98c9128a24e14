package org.newsgraph.read.html.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Keeps the blocks of the content element that are article text (issue 10): drops link lists, the
 * headline, lines that are only a date, blocks repeated word for word (pages that carry a mobile and
 * a desktop copy), and everything from a "Related stories" or "You may also like" heading on.
 */
public final class BlockFilter {

  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double MAX_LINKED_LEAD_DENSITY = 0.75;
  private static final int MIN_UNLINKED_CHARS = 50;
  private static final int MAX_MARKER_WORDS = 7;
  private static final int MAX_DATE_LINE_WORDS = 12;
  private static final int MIN_REPEATED_CHARS = 120;
  private static final int MAX_INLINE_TEASERS = 3;
  private static final int MIN_RESUMING_WORDS = 30;
  private static final int MAX_BYLINE_WORDS = 8;
  private static final int MAX_FURNITURE_LINE_WORDS = 12;
  private static final int MAX_CREDIT_WORDS = 12;
  private static final int MAX_META_LINE_WORDS = 30;
  private static final int MIN_AUTHOR_CHARS = 5;
  private static final int MIN_SUMMARY_CHARS = 40;
  private static final int MAX_CAPTION_WORDS = 50;
  private static final int MIN_LEAD_WORDS = 20;
  private static final int MAX_SCRAP_WORDS = 15;
  private static final Pattern BYLINE = Pattern.compile("^(By|BY|Por|Par|Von|Di)\\s+\\p{Lu}");

  /** Headings that open the teasers or comments after an article, in the languages of the news most read. */
  private static final Pattern END_MARKER = Pattern.compile("(?iu)^\\W*("
      + "related|related (articles|stories|posts|news|content|coverage|reading|links|topics)|read (more|also|next)"
      + "|more (stories|news|articles|videos|from [\\p{L} ]+|on this|on [\\p{L} ]+|like this( one)?|in [\\p{L} ]+)"
      + "|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| stories| reading| articles)?"
      + "|see also|also read|trending( now| stories| articles)?|most (read|popular|viewed|shared)|popular (stories|posts|now)"
      + "|further reading|latest (news|stories|posts|articles)|top stories|what to read next|up next"
      + "|voc[eê] (tamb[eé]m )?pode gostar|leia (tamb[eé]m|mais)|veja (tamb[eé]m|mais)|not[ií]cias relacionadas|mais lidas"
      + "|mat[eé]rias relacionadas|te puede interesar|noticias relacionadas|lee tambi[eé]n|lo m[aá]s le[ií]do"
      + "|[àa] lire aussi|lire aussi|sur le m[eê]me sujet|mehr zum thema|das k[öo]nnte sie auch interessieren"
      + "|weitere artikel|leggi anche|potrebbe interessarti|articoli correlati"
      + "|explore further|keep reading|more [\\p{L}' ]+ (stories|articles|news|videos|coverage)|editor'?s'? picks"
      + "|(from )?around the web|sponsored stories|promoted stories|related videos?|recommended videos?"
      + "|comments?|\\d+ comments?|(leave|post|add|write) a (comment|reply|review)|join the (conversation|discussion)"
      + "|coment[aá]rios|comentarios|commentaires|kommentare|commenti|отзывы|комментарии|добавить (отзыв|комментарий)"
      + "|читайте также|похожие (статьи|записи|новости)|смотрите также|самые популярные[\\p{L} ]*"
      + ")\\W*$");

  /** What a line that only dates the article is made of: numbers, months, days, times and fillers. */
  private static final Pattern DATE_LINE = Pattern.compile("(?iu)^("
      + "\\d{1,4}|[:./,\\-–|]+|a\\.?m\\.?|p\\.?m\\.?|at|on|um|às|as|de|del|le|el|of|the|h|uhr|et|est|edt|pst|pdt|gmt|utc|cet"
      + "|updated|published|posted|modified|last|atualizado|publicado|em|actualizado|mis à jour|publié|aktualisiert"
      + "|jan(uary|eiro)?|feb(ruary)?|fev(ereiro)?|mar(ch|ço)?|apr(il)?|abr(il)?|may|maio|mayo|jun(e|ho|io)?|jul(y|ho|io)?"
      + "|aug(ust)?|ago(sto)?|sep(t|tember)?|set(embro)?|oct(ober)?|out(ubro)?|nov(ember|embro)?|dec(ember)?|dez(embro)?"
      + "|dic(iembre)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
      + "|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?"
      + "|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|lunes|martes|miércoles|jueves|viernes"
      + ")$");

  /**
   * Whole short lines that are page furniture whatever the page: ad labels, share and comment
   * prompts, and unrendered {@code [button]...[/button]} shortcodes.
   */
  private static final Pattern FURNITURE_LINE = Pattern.compile("(?iu)^\\W*("
      + "advert|advertisement|advertising|ad|sponsored( content)?|paid content|promoted|comments?|\\d+ comments?"
      + "|(leave|post|add|write) a (comment|reply)|show comments|view comments|share( this)?( article| story| post| page)?"
      + "|share on [\\p{L} ]+|like this story\\W.*|click here .*|tell us what you think.*|follow us( on [\\p{L} ]+)?"
      + "|sign up( for| to) .*|subscribe( now| today)?|subscribe to .*|continue reading( below)?|story continues below.*"
      + "|advertisement - scroll to continue|scroll to continue with content|skip advert|image|photo|video|watch|listen"
      + "|print|email|e-mail|read more|more|back to top|top|loading|please wait"
      + ")\\W*$");

  /** A post's meta line: "Posted by ... | Category: ... | Tags: ...". */
  private static final Pattern META_LINE = Pattern.compile("(?iu)\\b(posted|publicado|publicada|publié|publiée"
      + "|escrito) (by|por|par|von)\\b|(^|[-|•]\\s*)(tags|categor(y|ies|ia|ias|ie)|filed under"
      + "|kategorie|etiquetas|schlagwörter)\\s*:");

  private static final Pattern SHORTCODE = Pattern.compile("^\\[(?<code>\\w+)[^\\]]*\\].*\\[/\\k<code>\\]$");

  /** The credit that ends a photo caption: "© Reuters / Jane Doe", "(Getty Images)", "Photo: AP". */
  private static final Pattern CAPTION_CREDIT = Pattern.compile(
      "(?iu)(\\S\\s+©|\\(?(photo|image|picture|credit|foto)s?( by)?:|getty images|\\bafp\\b|\\bap photo\\b"
          + "|/ ?reuters\\b|reuters ?/|shutterstock|istock).{0,60}$");

  /** A date or time in figures: 19.11.2019, 2019-11-19, 11/19/19, 08:57. */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\b\\d{1,2}:\\d{2}\\b");

  private BlockFilter() {}

  /**
   * The blocks of {@code blocks} that belong to the article, in order; a heading that repeats one of
   * the page's {@code titles} is the headline, not body text.
   */
  public static List<Block> keep(List<Block> blocks, PageHints hints) {
    List<String> headlines = hints.titles().stream().map(BlockFilter::key).filter(k -> !k.isEmpty()).toList();
    List<Block> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (isEndMarker(b) && kept.stream().anyMatch(k -> k.kind() != Block.Kind.HEADING)) {
        int resume = resumeAfterMarker(blocks, i, lastParagraph(kept));
        if (resume < 0) {
          break;
        }
        i = resume - 1;
        continue;
      }
      if (isLinkList(b) || isDateLine(b) || isFurnitureLine(b) || isCaption(b) || namesAuthor(b, hints.authors()) || isByline(b)
          || headlines.stream().anyMatch(h -> isHeadline(b, h))
          || b.text().length() >= MIN_REPEATED_CHARS && !seen.add(b.text())) {
        continue;
      }
      kept.add(b);
    }
    dropLeadingScraps(kept);
    dropStandfirst(kept, hints.description());
    while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == Block.Kind.HEADING) {
      kept.remove(kept.size() - 1);
    }
    return kept;
  }

  /**
   * Where the article goes on after a "Read also" marker, or -1 when the marker ends it: an inline box
   * of a few linked teasers is followed by more article paragraphs, the teasers after an article are not.
   */
  private static int resumeAfterMarker(List<Block> blocks, int marker, Optional<Block> before) {
    for (int j = marker + 1; j < blocks.size() && j <= marker + MAX_INLINE_TEASERS + 1; j++) {
      Block next = blocks.get(j);
      if (next.words() >= MIN_RESUMING_WORDS && next.linkDensity() < 0.1 && next.kind() == Block.Kind.PARAGRAPH
          && before.isPresent() && next.element().parent() == before.get().element().parent()) {
        return j;
      }
    }
    return -1;
  }

  private static Optional<Block> lastParagraph(List<Block> kept) {
    for (int i = kept.size() - 1; i >= 0; i--) {
      if (kept.get(i).kind() == Block.Kind.PARAGRAPH) {
        return Optional.of(kept.get(i));
      }
    }
    return Optional.empty();
  }

  /** True when the heading repeats the headline, which may carry the site's name after it. */
  private static boolean isHeadline(Block b, String headline) {
    String k = key(b.text());
    return b.kind() == Block.Kind.HEADING && !headline.isEmpty() && !k.isEmpty()
        && (k.equals(headline) || headline.startsWith(k) && k.length() * 2 >= headline.length());
  }

  /**
   * Drops the short lines above the first full paragraph (standfirst, credits, kickers) that lie
   * outside its container: article headers carry them, article bodies do not start with them.
   */
  private static void dropLeadingScraps(List<Block> kept) {
    int first = 0;
    while (first < kept.size() && !(kept.get(first).kind() == Block.Kind.PARAGRAPH
        && kept.get(first).words() >= MIN_LEAD_WORDS)) {
      first++;
    }
    if (first == kept.size()) {
      return;
    }
    // the container is taken once: each removal below moves the first paragraph down the list
    Element container = kept.get(first).element().parent();
    for (int i = first - 1; i >= 0; i--) {
      Block b = kept.get(i);
      if (b.kind() == Block.Kind.PARAGRAPH && b.words() < MAX_SCRAP_WORDS && b.element().parent() != container) {
        kept.remove(i);
      }
    }
  }

  /**
   * A block that is mostly links: navigation, "Read more" lines. A linked lead-in followed by a
   * sentence of its own (digests, "10 things" lists) is text all the same.
   */
  static boolean isLinkList(Block b) {
    if (b.linkDensity() <= MAX_LINK_DENSITY) {
      return false;
    }
    return b.linkDensity() > MAX_LINKED_LEAD_DENSITY || b.text().length() - b.linkChars() < MIN_UNLINKED_CHARS;
  }

  /** A short line that names an author: a byline or a credit, with or without a date. */
  static boolean namesAuthor(Block b, List<String> authors) {
    if (b.words() > MAX_CREDIT_WORDS) {
      return false;
    }
    for (String author : authors) {
      if (author.length() >= MIN_AUTHOR_CHARS && b.text().contains(author)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the standfirst: a first block that repeats the page's summary and stands apart from the
   * paragraphs after it (a body whose first paragraph is the summary keeps it).
   */
  private static void dropStandfirst(List<Block> kept, Optional<String> description) {
    if (kept.size() < 2 || description.isEmpty()) {
      return;
    }
    String summary = key(description.get().replaceAll("(\\.\\.\\.|…)$", ""));
    Block first = kept.get(0);
    String k = key(first.text());
    if (summary.length() >= MIN_SUMMARY_CHARS && (k.equals(summary) || k.startsWith(summary))
        && first.element().parent() != kept.get(1).element().parent()) {
      kept.remove(0);
    }
  }

  static boolean isFurnitureLine(Block b) {
    return b.words() <= MAX_FURNITURE_LINE_WORDS && FURNITURE_LINE.matcher(b.text()).matches()
        || SHORTCODE.matcher(b.text()).matches()
        || b.words() <= MAX_META_LINE_WORDS && META_LINE.matcher(b.text()).find();
  }

  /** A photo caption left in the body: a short block that ends with a photo credit. */
  static boolean isCaption(Block b) {
    return b.words() <= MAX_CAPTION_WORDS && !b.text().startsWith("©") && CAPTION_CREDIT.matcher(b.text()).find();
  }

  /** A short "By Ann Writer" line. */
  static boolean isByline(Block b) {
    return b.words() <= MAX_BYLINE_WORDS && BYLINE.matcher(b.text()).find() && !b.text().strip().endsWith(".");
  }

  static boolean isEndMarker(Block b) {
    return b.words() <= MAX_MARKER_WORDS && END_MARKER.matcher(b.text().strip()).matches();
  }

  /** A short block made only of a date, a time and their fillers ("November 19, 2019 at 5:10 pm"). */
  static boolean isDateLine(Block b) {
    if (b.words() > MAX_DATE_LINE_WORDS) {
      return false;
    }
    boolean digits = false;
    boolean named = NUMERIC_DATE.matcher(b.text()).find();
    for (String token : b.text().split("[\\s,]+|(?<=\\d)(?=[^\\d\\s])|(?<=[^\\d\\s])(?=\\d)")) {
      if (token.isEmpty()) {
        continue;
      }
      token = token.replaceAll("^\\p{P}+|\\p{P}+$", "");
      if (!token.isEmpty() && !DATE_LINE.matcher(token).matches()) {
        return false;
      }
      digits |= !token.isEmpty() && Character.isDigit(token.charAt(0));
      named |= !token.isEmpty() && Character.isLetter(token.charAt(0)) && token.length() >= 3;
    }
    return digits && named;
  }

  /** Text reduced to its letters and digits, lower-cased, for comparing headings with the title. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
