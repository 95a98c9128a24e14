package org.newsgraph.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static final String P1 = "The city council voted on Tuesday to rebuild the old stone bridge, ending a debate that"
      + " had run for more than ten years.";
  private static final String P2 = "Work will start in the spring, the mayor said, and the bridge should open again by"
      + " the end of next year, if the weather allows.";
  private static final String P3 = "Residents who cross the river every day said they were relieved, though some worried"
      + " about the noise and the closed roads.";

  private Extraction extract(String html) {
    return extractor.extract(html, Optional.empty());
  }

  @Test
  void keepsParagraphsHeadingsAndQuotesWithoutThePageFurniture() {
    String html = "<html><head><title>Bridge to be rebuilt - Town News</title></head><body>"
        + "<header class=site-header><a href=/>Town News</a></header>"
        + "<nav><ul><li><a href=/a>Politics</a></li><li><a href=/b>Sport</a></li></ul></nav>"
        + "<div class=article-body><h1>Bridge to be rebuilt</h1>"
        + "<div class=share-bar><a href=#>Share on Facebook</a> <span>Share</span></div>"
        + "<p>" + P1 + "</p><figure><img src=a.jpg><figcaption>The bridge in 1920.</figcaption></figure>"
        + "<p>" + P2 + "</p><h2>What residents say</h2>"
        + "<blockquote><p>We have waited long enough for this.</p></blockquote><p>" + P3 + "</p>"
        + "<div class=related-links><h3>Related</h3><ul><li><a href=/c>Council elects a new mayor</a></li></ul></div>"
        + "</div><div id=comments><p>First comment: this is great news for everyone in the town, really.</p></div>"
        + "<footer><p>Copyright Town News, all rights reserved, 2021.</p></footer></body></html>";

    Extraction e = extract(html);

    assertThat(e.isArticle()).isTrue();
    assertThat(e.body()).isEqualTo(P1 + "\n\n" + P2 + "\n\nWhat residents say\n\nWe have waited long enough for this."
        + "\n\n" + P3);
  }

  @Test
  void joinsABodySplitIntoChunksByAnAd() {
    String html = "<html><body><main><div class=chunks>"
        + "<div class=grid><div class=body-part><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
        + "<div class=ad-slot><p>Advertisement</p></div>"
        + "<div class=grid><div class=body-part><p>" + P3 + "</p><p>" + P1 + " Again, with more words.</p></div></div>"
        + "</div></main></body></html>";

    assertThat(extract(html).body()).startsWith(P1 + "\n\n" + P2 + "\n\n" + P3).doesNotContain("Advertisement");
  }

  @Test
  void stopsAtTheTeasersAfterTheArticle() {
    String html = "<html><body><article><p>" + P1 + "</p><p>" + P2 + "</p><h3>You may also like</h3>"
        + "<p>Another story about the town council and its many long meetings over the bridge, and more.</p>"
        + "</article></body></html>";

    assertThat(extract(html).body()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void readsMetadataFromJsonLd() {
    String html = "<html lang=en-GB><head><title>Bridge | Town News</title>"
        + "<link rel=canonical href=https://town.example/news/bridge>"
        + "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Bridge to be rebuilt\",\"datePublished\":\"2021-03-04T09:00:00+01:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Writer\"},{\"@type\":\"Person\",\"name\":\"Bo Reporter\"}]}]}"
        + "</script></head><body><article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";

    PageMetadata m = extract(html).metadata();

    assertThat(m.title()).contains("Bridge to be rebuilt");
    assertThat(m.published()).contains(LocalDate.of(2021, 3, 4));
    assertThat(m.authors()).containsExactly("Ann Writer", "Bo Reporter");
    assertThat(m.url()).contains("https://town.example/news/bridge");
    assertThat(m.language()).contains("en-GB");
  }

  @Test
  void readsTheDateFromMetaTagsTimeElementsOrTheUrl() {
    String meta = "<html><head><meta property=article:published_time content=2020-01-02T03:04:05Z></head>"
        + "<body><p>" + P1 + "</p><p>" + P2 + "</p></body></html>";
    String time = "<html><body><time datetime=2019-11-19>Nov 19</time><p>" + P1 + "</p><p>" + P2 + "</p></body></html>";
    String url = "<html><body><p>" + P1 + "</p><p>" + P2 + "</p></body></html>";

    assertThat(extract(meta).metadata().published()).contains(LocalDate.of(2020, 1, 2));
    assertThat(extract(time).metadata().published()).contains(LocalDate.of(2019, 11, 19));
    assertThat(extractor.extract(url, Optional.of("https://x.example/2018/08/07/story.html")).metadata().published())
        .contains(LocalDate.of(2018, 8, 7));
  }

  @Test
  void anIndexPageIsNotAnArticle() {
    StringBuilder html = new StringBuilder("<html><body><h1>Latest news</h1><ul>");
    for (int i = 0; i < 30; i++) {
      html.append("<li><a href=/s").append(i).append(">Story number ").append(i).append(" of the day</a></li>");
    }
    Extraction e = extract(html.append("</ul></body></html>").toString());

    assertThat(e.isArticle()).isFalse();
    assertThat(e.body()).isEmpty();
    assertThat(e.notArticle()).hasValueSatisfying(r -> assertThat(r).startsWith("no article body"));
  }

  @Test
  void anEmptyOrBrokenPageNeverThrows() {
    assertThat(extract("").isArticle()).isFalse();
    assertThat(extract("<<<>>><p<div").isArticle()).isFalse();
    Extraction broken = extract("<html><body><div><p>" + P1 + "<p>" + P2 + "<div><b><i>" + P3 + "</div>");
    assertThat(broken.body()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void decodesTheCharsetThePageDeclares() {
    String html = "<html><head><meta charset=windows-1252></head><body><p>Le café de la gare a rouvert ses portes"
        + " vendredi matin, à la grande joie des habitués du quartier.</p><p>" + P2 + "</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

    Extraction e = extractor.extract(bytes, Optional.empty(), Optional.empty());

    assertThat(e.body()).startsWith("Le café de la gare a rouvert ses portes vendredi matin, à la grande joie");
  }

  @Test
  void aPageOfTenMegabytesIsRead() {
    StringBuilder html = new StringBuilder("<html><body><div class=story>");
    for (int i = 0; html.length() < 10_000_000; i++) {
      html.append("<p>Paragraph ").append(i).append(": ").append(P1).append("</p><div class=box><a href=/x>link</a></div>");
    }
    byte[] bytes = html.append("</div></body></html>").toString().getBytes(StandardCharsets.UTF_8);

    Extraction e = extractor.extract(bytes, Optional.empty(), Optional.empty());

    assertThat(e.isArticle()).isTrue();
    assertThat(e.body()).startsWith("Paragraph 0: " + P1).doesNotContain("link");
  }
}
