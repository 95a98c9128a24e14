package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

  private static List<String> quotes(String text) {
    return QuoteScanner.scan(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void findsStraightAndCurlyQuotations() {
    assertThat(quotes("\"We will win,\" Byrne said. “We are ready,” he added."))
        .containsExactly("\"We will win,\"", "“We are ready,”");
  }

  @Test
  void pairsAStraightOpeningMarkWithACurlyClosingOne() {
    assertThat(quotes("He said. \"I won’t reveal the details, but I am not leaving.” Then he left."))
        .containsExactly("\"I won’t reveal the details, but I am not leaving.”");
  }

  @Test
  void keepsAQuoteWithinAQuoteInsideIt() {
    assertThat(quotes("“He told me ‘never,’ and I believed him,” she said."))
        .containsExactly("“He told me ‘never,’ and I believed him,”");
    assertThat(quotes("\"The paper called it “a disaster” yesterday,\" he said."))
        .containsExactly("\"The paper called it “a disaster” yesterday,\"");
  }

  @Test
  void runsAQuotationOverParagraphsThatEachOpenWithAMark() {
    String text = "“We have qualified.\n\n“We are in it to the end,” Byrne said.\n\nNext.";
    List<QuotedSpan> spans = QuoteScanner.scan(text);
    assertThat(spans).hasSize(1);
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end()))
        .isEqualTo("“We have qualified.\n\n“We are in it to the end,”");
    assertThat(spans.get(0).paragraphs()).isEqualTo(2);
    assertThat(spans.get(0).closed()).isTrue();
  }

  @Test
  void endsAnUnbalancedMarkWithItsParagraph() {
    String text = "“Byrne will stay in the race.\n\nHe confirmed it later. “Yes,” he said.";
    List<QuotedSpan> spans = QuoteScanner.scan(text);
    assertThat(quotes(text)).containsExactly("“Byrne will stay in the race.", "“Yes,”");
    assertThat(spans.get(0).closed()).isFalse();
  }

  @Test
  void restartsAtASecondOpeningMark() {
    assertThat(quotes("“Lost mark here. Then “found,” he said.")).containsExactly("“found,”");
  }

  @Test
  void readsAReversedMarkOpeningAParagraphAsAnOpeningMark() {
    assertThat(quotes("”Fear. I am afraid.” ― Edwin Monroy")).containsExactly("”Fear. I am afraid.”");
  }

  @Test
  void neverOpensAtApostrophesOrSingleMarks() {
    assertThat(quotes("Trump’s ‘Mocking’ tweet, the candidates' plans and 6'3\" tall.")).isEmpty();
  }

  @Test
  void letsTheInnerQuotesOfANeverClosedBlockStandAlone() {
    String text = "\"Trump walked onto the stage, chanting “U-S-A!”\n\nNext paragraph.";
    assertThat(quotes(text)).containsExactly("“U-S-A!”");
  }

  @Test
  void closesWithAnOpeningMarkGluedToTheLastWord() {
    assertThat(quotes("He said: “For young people, the rate is 51 percent.“ Then PolitiFact looked."))
        .containsExactly("“For young people, the rate is 51 percent.“");
  }

  @Test
  void opensAtAReversedMarkBeforeASpaceAtTheStartOfAParagraph() {
    assertThat(quotes("Obama said so.\n” … what I learned is that it matters,” he said."))
        .containsExactly("” … what I learned is that it matters,”");
  }

  @Test
  void readsAReversedMarkAfterAnInvisibleFormatCharacterAsOpeningItsParagraph() {
    // U+202A (left-to-right embedding) as pasted comments carry it
    assertThat(quotes("Viewers wrote in.\n\n\u202a”Sorry, you should have said no!!” posted a reader."))
        .containsExactly("”Sorry, you should have said no!!”");
  }
}
