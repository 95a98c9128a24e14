package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.internal.QuoteKeeper;
import org.newsgraph.extract.internal.SpeakerRanker;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.ResolvedArticle;

class AttributingQuoteExtractorTest {

  private final QuoteExtractor extractor = new AttributingQuoteExtractor();

  /** Extracts, and checks what every quote must satisfy: spans that point into the text, in order. */
  private List<Quote> extract(ResolvedArticle article) {
    List<Quote> quotes = extractor.extract(article);
    int previous = -1;
    for (Quote q : quotes) {
      assertThat(q.span().text()).isEqualTo(article.text().substring(q.span().start(), q.span().end()));
      q.cue().ifPresent(c -> assertThat(c.text()).isEqualTo(article.text().substring(c.start(), c.end())));
      assertThat(q.span().start()).isGreaterThanOrEqualTo(previous);
      previous = q.span().start();
    }
    return quotes;
  }

  private static List<Quote> quoted(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
  }

  private static String speakerMention(Quote q) {
    return q.speaker().flatMap(s -> s.mention()).map(Span::text).orElse(null);
  }

  @Test
  void attributesADirectQuoteToTheSubjectOfItsCueNotToTheMediumItWasToldTo() {
    var article = Parses.of("“We will win,” Byrne told The Hill on Tuesday.")
        .sentence("“:``:punct:7 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:7 ,:,:punct:7 ”:'':punct:7 "
            + "Byrne:NNP:nsubj:7 told:VBD:root:-1 The:DT:det:9 Hill:NNP:obj:7 on:IN:case:11 Tuesday:NNP:obl:7 .:.:punct:7")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(q.span().text()).isEqualTo("“We will win,”");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.cue().map(Span::text)).contains("told");
    assertThat(speakerMention(q)).isEqualTo("Byrne");
    assertThat(q.speaker().get().name()).isEqualTo("Byrne");
  }

  @Test
  void neverTakesTheOutletOfAnInterviewForTheSpeaker() {
    var article = Parses.of("“It was a disaster,” Trump told Sebastian Gorka in an interview published in The Daily Caller.")
        .sentence("“:``:punct:8 It:PRP:nsubj:4 was:VBD:cop:4 a:DT:det:4 disaster:NN:ccomp:8 ,:,:punct:8 ”:'':punct:8 "
            + "Trump:NNP:nsubj:8 told:VBD:root:-1 Sebastian:NNP:compound:10 Gorka:NNP:obj:8 in:IN:case:13 an:DT:det:13 "
            + "interview:NN:obl:8 published:VBN:acl:13 in:IN:case:18 The:DT:det:18 Daily:NNP:compound:18 "
            + "Caller:NNP:obl:14 .:.:punct:8")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Trump");
    assertThat(q.cue().map(Span::text)).contains("told");
  }

  @Test
  void findsTheSpeakerOfAnInvertedCueEvenWhenTheParseCallsItAnObject() {
    var article = Parses.of("“We are ready,” said Byrne.")
        .sentence("“:``:punct:6 We:PRP:nsubj:3 are:VBP:cop:3 ready:JJ:ccomp:6 ,:,:punct:6 ”:'':punct:6 "
            + "said:VBD:root:-1 Byrne:NNP:obj:6 .:.:punct:6")
        .article();
    assertThat(speakerMention(quoted(extract(article)).get(0))).isEqualTo("Byrne");
  }

  @Test
  void takesAPersonTheTaggerMadeAnAdjectiveForTheSpeaker() {
    var article = Parses.of("“We will win,” said Devine.")
        .sentence("“:``:punct:6 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:6 ,:,:punct:6 ”:'':punct:6 "
            + "said:VBD:root:-1 Devine:JJ:obj:6 .:.:punct:6")
        .ner("Devine", "PERSON")
        .article();
    List<Quote> quotes = quoted(extract(article));
    assertThat(quotes).hasSize(1);
    assertThat(speakerMention(quotes.get(0))).isEqualTo("Devine");
  }

  @Test
  void takesTheNameNotTheAppositive() {
    var article = Parses.of("“We are ready,” Byrne, a spokesman, said.")
        .sentence("“:``:punct:11 We:PRP:nsubj:3 are:VBP:cop:3 ready:JJ:ccomp:11 ,:,:punct:11 ”:'':punct:11 "
            + "Byrne:NNP:nsubj:11 ,:,:punct:9 a:DT:det:9 spokesman:NN:appos:6 ,:,:punct:6 said:VBD:root:-1 .:.:punct:11")
        .article();
    assertThat(speakerMention(quoted(extract(article)).get(0))).isEqualTo("Byrne");
  }

  @Test
  void takesTheAgentOfAPassiveCue() {
    var article = Parses.of("The plan was called “a disaster” by Byrne.")
        .sentence("The:DT:det:1 plan:NN:nsubj_pass:3 was:VBD:aux_pass:3 called:VBN:root:-1 “:``:punct:6 a:DT:det:6 "
            + "disaster:NN:xcomp:3 ”:'':punct:6 by:IN:case:9 Byrne:NNP:obl:3 .:.:punct:3")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerMention(q)).isEqualTo("Byrne");
  }

  @Test
  void marksAFragmentInsideReportedSpeechAsPartial() {
    var article = Parses.of("Trump said he had “never endorsed” him.")
        .sentence("Trump:NNP:nsubj:1 said:VBD:root:-1 he:PRP:nsubj:6 had:VBD:aux:6 “:``:punct:6 never:RB:advmod:6 "
            + "endorsed:VBN:ccomp:1 ”:'':punct:6 him:PRP:obj:6 .:.:punct:1")
        .article();
    List<Quote> quotes = extract(article);
    assertThat(quotes).hasSize(1); // the complement holds the quotation, so it is no indirect quote too
    assertThat(quotes.get(0).span().text()).isEqualTo("“never endorsed”");
    assertThat(quotes.get(0).kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerMention(quotes.get(0))).isEqualTo("Trump");
  }

  @Test
  void resolvesAPronounSpeakerThroughTheArticlesMentions() {
    var article = Parses.of("“I wish he had never endorsed me,” he continued.")
        .sentence("“:``:punct:11 I:PRP:nsubj:2 wish:VBP:ccomp:11 he:PRP:nsubj:6 had:VBD:aux:6 never:RB:advmod:6 "
            + "endorsed:VBN:ccomp:2 me:PRP:obj:6 ,:,:punct:11 ”:'':punct:11 he:PRP:nsubj:11 continued:VBD:root:-1 .:.:punct:11")
        .mention("he", 1, "Donald Trump")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(q.cue().map(Span::text)).contains("continued");
    assertThat(speakerMention(q)).isEqualTo("he");
    assertThat(q.speaker().get().mention().get().start()).isEqualTo(article.text().lastIndexOf("he"));
    assertThat(q.speaker().get().entity()).contains("e1");
    assertThat(q.speaker().get().name()).isEqualTo("Donald Trump");
  }

  @Test
  void keepsTheDescriptionOfAnUnnamedSpeaker() {
    var article = Parses.of("“This would hurt Bradley the most,” the strategist said.")
        .sentence("“:``:punct:11 This:DT:nsubj:3 would:MD:aux:3 hurt:VB:ccomp:11 Bradley:NNP:obj:3 the:DT:det:6 "
            + "most:RBS:advmod:3 ,:,:punct:11 ”:'':punct:11 the:DT:det:10 strategist:NN:nsubj:11 said:VBD:root:-1 .:.:punct:11")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(q.speaker().get().name()).isEqualTo("the strategist");
    assertThat(q.speaker().get().entity()).isEmpty();
    assertThat(speakerMention(q)).isEqualTo("the strategist");
  }

  @Test
  void letsAQuotationWithoutACueContinueThePreviousSpeaker() {
    var article = Parses.of("“We talked last week,” Byrne said. “I am not leaving the race.”")
        .sentence("“:``:punct:8 We:PRP:nsubj:2 talked:VBD:ccomp:8 last:JJ:amod:4 week:NN:obl_tmod:2 ,:,:punct:8 "
            + "”:'':punct:8 Byrne:NNP:nsubj:8 said:VBD:root:-1 .:.:punct:8")
        .sentence("“:``:punct:4 I:PRP:nsubj:4 am:VBP:aux:4 not:RB:advmod:4 leaving:VBG:root:-1 the:DT:det:6 "
            + "race:NN:obj:4 .:.:punct:4 ”:'':punct:4")
        .article();
    List<Quote> quotes = quoted(extract(article));
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).span().text()).isEqualTo("“I am not leaving the race.”");
    assertThat(quotes.get(1).cue()).isEmpty();
    assertThat(quotes.get(1).speaker().flatMap(s -> s.mention())).isEqualTo(quotes.get(0).speaker().flatMap(s -> s.mention()));
  }

  @Test
  void attributesAQuotationRunningOverParagraphsToTheCueInItsLastParagraph() {
    var article = Parses.of("“We have qualified.\n\n“We are in it to the end,” Byrne said.")
        .sentence("“:``:punct:3 We:PRP:nsubj:3 have:VBP:aux:3 qualified:VBN:root:-1 .:.:punct:3")
        .sentence("“:``:punct:11 We:PRP:nsubj:2 are:VBP:ccomp:11 in:IN:case:4 it:PRP:obl:2 to:IN:case:7 the:DT:det:7 "
            + "end:NN:obl:2 ,:,:punct:11 ”:'':punct:11 Byrne:NNP:nsubj:11 said:VBD:root:-1 .:.:punct:11")
        .article();
    List<Quote> quotes = quoted(extract(article));
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).span().text()).isEqualTo("“We have qualified.\n\n“We are in it to the end,”");
    assertThat(speakerMention(quotes.get(0))).isEqualTo("Byrne");
  }

  @Test
  void takesAQuoteWithinAQuoteAsPartOfIt() {
    var article = Parses.of("“He said ‘never,’ and I believed him,” Byrne said.")
        .sentence("“:``:punct:14 He:PRP:nsubj:2 said:VBD:ccomp:14 ‘:``:punct:4 never:RB:obj:2 ,:,:punct:2 ’:'':punct:4 "
            + "and:CC:cc:9 I:PRP:nsubj:9 believed:VBD:conj:2 him:PRP:obj:9 ,:,:punct:14 ”:'':punct:14 "
            + "Byrne:NNP:nsubj:14 said:VBD:root:-1 .:.:punct:14")
        .article();
    List<Quote> quotes = quoted(extract(article));
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).span().text()).isEqualTo("“He said ‘never,’ and I believed him,”");
    assertThat(speakerMention(quotes.get(0))).isEqualTo("Byrne"); // not "He", who speaks inside the quote
  }

  @Test
  void takesNoHeadlineInQuotationMarksForAQuote() {
    var article = Parses.of("“Sessions Weighs Senate Run”\n\nSessions called his former colleagues.")
        .sentence("“:``:punct:2 Sessions:NNP:nsubj:2 Weighs:VBZ:root:-1 Senate:NNP:compound:4 Run:NNP:obj:2 ”:'':punct:2")
        .sentence("Sessions:NNP:nsubj:1 called:VBD:root:-1 his:PRP$:nmod_poss:4 former:JJ:amod:4 colleagues:NNS:obj:1 .:.:punct:1")
        .article();
    assertThat(quoted(extract(article))).isEmpty();
  }

  @Test
  void takesNoTitleOrScareQuoteOutsideSpeechForAQuote() {
    var article = Parses.of("He appeared on “Fox News Sunday” last week.")
        .sentence("He:PRP:nsubj:1 appeared:VBD:root:-1 on:IN:case:6 “:``:punct:6 Fox:NNP:compound:6 News:NNP:compound:6 "
            + "Sunday:NNP:obl:1 ”:'':punct:6 last:JJ:amod:9 week:NN:obl_tmod:1 .:.:punct:1")
        .article();
    assertThat(extract(article)).isEmpty();
  }

  @Test
  void keepsAnUnbalancedMarkToItsParagraph() {
    var article = Parses.of("“We will stay, Byrne said.\n\nThe race goes on.")
        .sentence("“:``:punct:6 We:PRP:nsubj:3 will:MD:aux:3 stay:VB:ccomp:6 ,:,:punct:6 Byrne:NNP:nsubj:6 said:VBD:root:-1 .:.:punct:6")
        .sentence("The:DT:det:1 race:NN:nsubj:2 goes:VBZ:root:-1 on:RP:compound_prt:2 .:.:punct:2")
        .article();
    List<Quote> quotes = quoted(extract(article));
    assertThat(quotes).allSatisfy(q -> assertThat(q.span().text()).doesNotContain("race"));
  }

  @Test
  void findsReportedSpeechWithAThatClause() {
    var article = Parses.of("Politico reported on Monday that Sessions was considering a bid.")
        .sentence("Politico:NNP:nsubj:1 reported:VBD:root:-1 on:IN:case:3 Monday:NNP:obl:1 that:IN:mark:7 "
            + "Sessions:NNP:nsubj:7 was:VBD:aux:7 considering:VBG:ccomp:1 a:DT:det:9 bid:NN:obj:7 .:.:punct:1")
        .article();
    Quote q = extract(article).get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.span().text()).isEqualTo("that Sessions was considering a bid");
    assertThat(q.cue().map(Span::text)).contains("reported");
    assertThat(speakerMention(q)).isEqualTo("Politico");
  }

  @Test
  void findsReportedSpeechWithoutThat() {
    var article = Parses.of("He insisted he would not drop out of the race.")
        .sentence("He:PRP:nsubj:1 insisted:VBD:root:-1 he:PRP:nsubj:5 would:MD:aux:5 not:RB:advmod:5 drop:VB:ccomp:1 "
            + "out:RP:compound_prt:5 of:IN:case:9 the:DT:det:9 race:NN:obl:5 .:.:punct:1")
        .article();
    Quote q = extract(article).get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.span().text()).isEqualTo("he would not drop out of the race");
    assertThat(speakerMention(q)).isEqualTo("He");
    assertThat(q.cue().map(Span::text)).contains("insisted");
  }

  @Test
  void findsReportedSpeechAccordingToASource() {
    var article = Parses.of("Sessions still supports Trump, according to Alabama.com.")
        .sentence("Sessions:NNP:nsubj:2 still:RB:advmod:2 supports:VBZ:root:-1 Trump:NNP:obj:2 ,:,:punct:2 "
            + "according:VBG:case:7 to:IN:fixed:5 Alabama.com:NNP:obl:2 .:.:punct:2")
        .article();
    Quote q = extract(article).get(0);
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.span().text()).isEqualTo("Sessions still supports Trump");
    assertThat(q.cue().map(Span::text)).contains("according to");
    assertThat(speakerMention(q)).isEqualTo("Alabama.com");
    assertThat(q.speaker().map(s -> s.entity())).contains(Optional.empty());
  }

  @Test
  void givesAQuotationSetOffAfterANameStandingAloneAfterAHeadingToThatName() {
    var article = Parses.of("Pollsters said turnout rose - Jane Roe: “We expected it.”")
        .sentence("Pollsters:NNS:nsubj:1 said:VBD:root:-1 turnout:NN:nsubj:3 rose:VBD:ccomp:1 -:HYPH:punct:6 "
            + "Jane:NNP:compound:6 Roe:NNP:parataxis:1 ::PUNCT:punct:6 “:``:punct:10 We:PRP:nsubj:10 "
            + "expected:VBD:parataxis:6 it:PRP:obj:10 .:.:punct:10 ”:'':punct:10")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(q.span().text()).isEqualTo("“We expected it.”");
    assertThat(speakerMention(q)).isEqualTo("Jane Roe"); // not the pollsters who said something in the heading
    var model = new AttributingQuoteExtractor(new SpeakerRanker(Map.of("word=pollster", 9.0)), (span, candidates) -> { });
    assertThat(speakerMention(quoted(model.extract(article)).get(0))).isEqualTo("Jane Roe"); // the model cannot move it
  }

  @Test
  void givesAQuotationAfterMoreFromNamesToTheLastName() {
    var article = Parses.of("More from Jane Roe and John Doe: “We expected it.”")
        .sentence("More:JJR:root:-1 from:IN:case:3 Jane:NNP:compound:3 Roe:NNP:nmod:0 and:CC:cc:6 John:NNP:compound:6 "
            + "Doe:NNP:conj:3 ::PUNCT:punct:0 “:``:punct:10 We:PRP:nsubj:10 expected:VBD:parataxis:0 it:PRP:obj:10 "
            + ".:.:punct:10 ”:'':punct:10")
        .article();
    assertThat(speakerMention(quoted(extract(article)).get(0))).isEqualTo("John Doe");
  }

  @Test
  void neverTakesAPlaceOrAnAddresseeBeforeTheColonForAStandingName() {
    var place = Parses.of("Trump said the judge was from Mexico: “He is biased.”")
        .sentence("Trump:NNP:nsubj:1 said:VBD:root:-1 the:DT:det:3 judge:NN:nsubj:6 was:VBD:cop:6 from:IN:case:6 "
            + "Mexico:NNP:ccomp:1 ::PUNCT:punct:1 “:``:punct:11 He:PRP:nsubj:11 is:VBZ:cop:11 biased:JJ:parataxis:1 "
            + ".:.:punct:11 ”:'':punct:11")
        .ner("Mexico", "LOCATION")
        .article();
    assertThat(speakerMention(quoted(extract(place)).get(0))).isEqualTo("Trump");
    var told = Parses.of("Trump told Fox News: “We will win.”")
        .sentence("Trump:NNP:nsubj:1 told:VBD:root:-1 Fox:NNP:compound:3 News:NNP:obj:1 ::PUNCT:punct:1 “:``:punct:8 "
            + "We:PRP:nsubj:8 will:MD:aux:8 win:VB:parataxis:1 .:.:punct:8 ”:'':punct:8")
        .article();
    assertThat(speakerMention(quoted(extract(told)).get(0))).isEqualTo("Trump");
  }

  @Test
  void letsTheSpeakerModelOverruleTheRulesChoice() {
    var article = Parses.of("Byrne called Jones. He told him: “We will win.”")
        .sentence("Byrne:NNP:nsubj:1 called:VBD:root:-1 Jones:NNP:obj:1 .:.:punct:1")
        .sentence("He:PRP:nsubj:1 told:VBD:root:-1 him:PRP:obj:1 ::PUNCT:punct:1 “:``:punct:6 We:PRP:nsubj:6 "
            + "will:MD:aux:6 win:VB:parataxis:1 .:.:punct:6 ”:'':punct:6")
        .article();
    var rulesOnly = new AttributingQuoteExtractor(new SpeakerRanker(Map.of()), (span, candidates) -> { });
    assertThat(speakerMention(quoted(rulesOnly.extract(article)).get(0))).isEqualTo("He");
    var model = new AttributingQuoteExtractor(new SpeakerRanker(Map.of("rel|where=nsubj|b1", 5.0)), (span, candidates) -> { });
    Quote q = quoted(model.extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Byrne");
    assertThat(q.cue().map(Span::text)).contains("called"); // the cue follows the speaker the model chose
  }

  @Test
  void keepsTheSubjectOfTheSpeechVerbRightAfterAQuotationEndingInACommaWhateverTheModelPrefers() {
    var article = Parses.of("Byrne called Jones. “We will win,” he told him.")
        .sentence("Byrne:NNP:nsubj:1 called:VBD:root:-1 Jones:NNP:obj:1 .:.:punct:1")
        .sentence("“:``:punct:8 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:8 ,:,:punct:8 ”:'':punct:8 "
            + "he:PRP:nsubj:8 told:VBD:root:-1 him:PRP:obj:8 .:.:punct:8")
        .article();
    var model = new AttributingQuoteExtractor(new SpeakerRanker(Map.of("rel|where=nsubj|b1", 5.0)), (span, candidates) -> { });
    assertThat(speakerMention(quoted(model.extract(article)).get(0))).isEqualTo("he");
    var closed = Parses.of("Byrne called Jones. “We will win.” He told him so.")
        .sentence("Byrne:NNP:nsubj:1 called:VBD:root:-1 Jones:NNP:obj:1 .:.:punct:1")
        .sentence("“:``:punct:3 We:PRP:nsubj:3 will:MD:aux:3 win:VB:root:-1 .:.:punct:3 ”:'':punct:3")
        .sentence("He:PRP:nsubj:1 told:VBD:root:-1 him:PRP:obj:1 so:RB:advmod:1 .:.:punct:1")
        .article();
    var rulesOnly = new AttributingQuoteExtractor(new SpeakerRanker(Map.of()), (span, candidates) -> { });
    assertThat(speakerMention(quoted(rulesOnly.extract(closed)).get(0))).isEqualTo("He");
    assertThat(speakerMention(quoted(model.extract(closed)).get(0))).isEqualTo("Byrne"); // a sentence apart, the model may move it
  }

  @Test
  void keepsTheSpeakerOfAnInvertedCueRightAfterAQuotationWhateverTheModelPrefers() {
    var article = Parses.of("Byrne called Jones. “We will win,” said Smith.")
        .sentence("Byrne:NNP:nsubj:1 called:VBD:root:-1 Jones:NNP:obj:1 .:.:punct:1")
        .sentence("“:``:punct:6 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:6 ,:,:punct:6 ”:'':punct:6 "
            + "said:VBD:root:-1 Smith:NNP:nsubj:6 .:.:punct:6")
        .article();
    var model = new AttributingQuoteExtractor(new SpeakerRanker(Map.of("rel|where=nsubj|b1", 5.0)), (span, candidates) -> { });
    assertThat(speakerMention(quoted(model.extract(article)).get(0))).isEqualTo("Smith");
  }

  @Test
  void showsTheModelEveryCandidateOutsideTheQuotationWithTheRulesChoiceFirst() {
    var article = Parses.of("Byrne called Jones. “We will win,” he told him.")
        .sentence("Byrne:NNP:nsubj:1 called:VBD:root:-1 Jones:NNP:obj:1 .:.:punct:1")
        .sentence("“:``:punct:8 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:8 ,:,:punct:8 ”:'':punct:8 "
            + "he:PRP:nsubj:8 told:VBD:root:-1 him:PRP:obj:8 .:.:punct:8")
        .article();
    List<String> seen = new java.util.ArrayList<>();
    new AttributingQuoteExtractor(new SpeakerRanker(Map.of()),
        (span, candidates) -> candidates.forEach(c -> seen.add(c.mention().text()))).extract(article);
    assertThat(seen).containsExactly("he", "Byrne", "Jones", "him"); // never "We", inside the quotation
  }

  @Test
  void givesAQuotationToTheSourceTheSpeechVerbIsAccordingTo() {
    var article = Parses.of("“We will win,” Welch said, according to Vermont Edition.")
        .sentence("“:``:punct:7 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:7 ,:,:punct:7 ”:'':punct:7 "
            + "Welch:NNP:nsubj:7 said:VBD:root:-1 ,:,:punct:7 according:VBG:case:12 to:TO:fixed:9 "
            + "Vermont:NNP:compound:12 Edition:NNP:obl:7 .:.:punct:7")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Vermont Edition");
    assertThat(q.cue().map(Span::text)).contains("according to");
  }

  @Test
  void givesAQuotationToTheSourceOfAnAccordingToThatQualifiesTheClauseAboveItsCue() {
    var article = Parses.of("Sullivan wrote messages that officials labeled “top secret”, according to sources.")
        .sentence("Sullivan:NNP:nsubj:1 wrote:VBD:root:-1 messages:NNS:obj:1 that:WDT:obj:5 officials:NNS:nsubj:5 "
            + "labeled:VBD:acl_relcl:2 “:``:punct:8 top:JJ:amod:8 secret:NN:xcomp:5 ”:'':punct:8 ,:,:punct:13 "
            + "according:VBG:case:13 to:TO:fixed:11 sources:NNS:obl:1 .:.:punct:1")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(q.span().text()).isEqualTo("“top secret”");
    assertThat(speakerMention(q)).isEqualTo("sources");
  }

  @Test
  void givesAQuotationToTheSourceOfAnAccordingToClosingTheSentenceWhereverTheParserHungIt() {
    var article = Parses.of("“We will win,” O'Malley said at a press conference, according to the Sun.")
        .sentence("“:``:punct:7 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:7 ,:,:punct:7 ”:'':punct:7 "
            + "O'Malley:NNP:nsubj:7 said:VBD:root:-1 at:IN:case:11 a:DT:det:11 press:NN:compound:11 "
            + "conference:NN:obl:7 ,:,:punct:16 according:VBG:case:16 to:TO:fixed:13 the:DT:det:16 "
            + "Sun:NNP:nmod:11 .:.:punct:7")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("the Sun");
    assertThat(q.cue().map(Span::text)).contains("according to");
  }

  @Test
  void givesAQuotationToTheReportClosingItsSentenceWhereverTheParserHungIt() {
    var article = Parses.of("Trump welcomed the news, saying Kasich was “doing the right thing,” and suggesting he might "
        + "pick him, CNN reported.")
        .sentence("Trump:NNP:nsubj:1 welcomed:VBD:root:-1 the:DT:det:3 news:NN:obj:1 ,:,:punct:1 saying:VBG:advcl:1 "
            + "Kasich:NNP:nsubj:9 was:VBD:aux:9 “:``:punct:9 doing:VBG:ccomp:5 the:DT:det:12 right:JJ:amod:12 "
            + "thing:NN:obj:9 ,:,:punct:9 ”:'':punct:9 and:CC:cc:16 suggesting:VBG:conj:5 he:PRP:nsubj:19 "
            + "might:MD:aux:19 pick:VB:ccomp:16 him:PRP:obj:19 ,:,:punct:23 CNN:NNP:nsubj:23 reported:VBD:parataxis:19 "
            + ".:.:punct:1")
        .ner("CNN", "ORGANIZATION")
        .article();
    var rulesAlone = new AttributingQuoteExtractor(new SpeakerRanker(Map.of()), new QuoteKeeper(Map.of()),
        AttributingQuoteExtractor.Observer.NOBODY);
    Quote q = quoted(rulesAlone.extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("CNN");
    assertThat(q.cue().map(Span::text)).contains("reported");
  }

  @Test
  void keepsTheSpeakerWhenAccordingToQualifiesAnotherClause() {
    var article = Parses.of("“We will win,” Welch said as the race, according to Gallup, tightened.")
        .sentence("“:``:punct:7 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:7 ,:,:punct:7 ”:'':punct:7 "
            + "Welch:NNP:nsubj:7 said:VBD:root:-1 as:IN:mark:16 the:DT:det:10 race:NN:nsubj:16 ,:,:punct:14 "
            + "according:VBG:case:14 to:TO:fixed:12 Gallup:NNP:obl:16 ,:,:punct:14 tightened:VBD:advcl:7 .:.:punct:7")
        .article();
    assertThat(speakerMention(quoted(extract(article)).get(0))).isEqualTo("Welch");
  }

  @Test
  void tellsTheModelTheWordOfACommonNounOrPronounButNeverOfAName() {
    var article = Parses.of("Byrne praised her campaign. “We will win,” he said.")
        .sentence("Byrne:NNP:nsubj:1 praised:VBD:root:-1 her:PRP$:nmod_poss:3 campaign:NN:obj:1 .:.:punct:1")
        .sentence("“:``:punct:8 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:8 ,:,:punct:8 ”:'':punct:8 "
            + "he:PRP:nsubj:8 said:VBD:root:-1 .:.:punct:8")
        .article();
    Map<String, List<String>> features = new java.util.HashMap<>();
    new AttributingQuoteExtractor(new SpeakerRanker(Map.of()),
        (span, candidates) -> candidates.forEach(c -> features.put(c.mention().text(), c.features()))).extract(article);
    assertThat(features.get("he")).contains("word=he");
    assertThat(features.get("her campaign")).contains("word=campaign");
    assertThat(features.get("Byrne")).noneMatch(f -> f.startsWith("word="));
  }

  @Test
  void attributesAQuotationWithoutASpeechWordToTheSubjectOfItsClause() {
    var article = Parses.of("Clinton backs a “public option” for everyone.")
        .sentence("Clinton:NNP:nsubj:1 backs:VBZ:root:-1 a:DT:det:5 “:``:punct:5 public:JJ:amod:5 option:NN:obj:1 "
            + "”:'':punct:5 for:IN:case:8 everyone:NN:obl:1 .:.:punct:1")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(q.span().text()).isEqualTo("“public option”");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerMention(q)).isEqualTo("Clinton");
    assertThat(q.cue().map(Span::text)).contains("backs");
  }

  @Test
  void takesNoScareQuoteInAClauseWithoutSomeoneAsSubject() {
    var article = Parses.of("The “public option” faded.")
        .sentence("The:DT:det:3 “:``:punct:3 public:JJ:amod:3 option:NN:nsubj:5 ”:'':punct:3 faded:VBD:root:-1 .:.:punct:5")
        .article();
    assertThat(quoted(extract(article))).isEmpty();
  }

  @Test
  void takesNoProgrammeTitleForAQuoteEvenAfterASpeechVerb() {
    var article = Parses.of("Carson said on “Meet the Press.”")
        .sentence("Carson:NNP:nsubj:1 said:VBD:root:-1 on:IN:case:6 “:``:punct:6 Meet:NNP:compound:6 the:DT:det:6 "
            + "Press:NNP:obl:1 .:.:punct:1 ”:'':punct:6")
        .article();
    assertThat(quoted(extract(article))).isEmpty();
  }

  private static ResolvedArticle proclaimedTitle() {
    return Parses.of("Trump proclaimed a goal of “Peace Through Strength.”")
        .sentence("Trump:NNP:nsubj:1 proclaimed:VBD:root:-1 a:DT:det:3 goal:NN:obj:1 of:IN:case:6 “:``:punct:6 "
            + "Peace:NNP:nmod:3 Through:IN:case:8 Strength:NNP:nmod:6 .:.:punct:1 ”:'':punct:6")
        .article();
  }

  @Test
  void showsTheKeeperWhatTheRulesMadeOfEveryQuotationKeptOrNot() {
    List<String> seen = new java.util.ArrayList<>();
    var rulesOnly = new AttributingQuoteExtractor(new SpeakerRanker(Map.of()), new QuoteKeeper(Map.of()),
        new AttributingQuoteExtractor.Observer((span, c) -> { }, (span, features) -> seen.addAll(features)));
    assertThat(quoted(rulesOnly.extract(proclaimedTitle()))).isEmpty(); // a title after a verb that names nothing
    assertThat(seen).contains("rule=cue|dropped", "title=true", "venue=false", "words=3", "capitals=all",
        "prev=of", "headLemma=goal", "cueAbove=speech|2", "direct=false");
  }

  @Test
  void keepsATitleTheModelTakesForQuotedSpeechWithTheSpeakerOfItsCue() {
    var model = new AttributingQuoteExtractor(new SpeakerRanker(Map.of()),
        new QuoteKeeper(Map.of("rule|title=cue|dropped|true", 1.0)), AttributingQuoteExtractor.Observer.NOBODY);
    Quote q = quoted(model.extract(proclaimedTitle())).get(0);
    assertThat(q.span().text()).isEqualTo("“Peace Through Strength.”");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.cue().map(Span::text)).contains("proclaimed");
    assertThat(speakerMention(q)).isEqualTo("Trump");
  }

  @Test
  void dropsAQuotationTheModelKeepsWhenNoOneCanBeFoundToHaveSaidIt() {
    var article = Parses.of("The “public option” faded.")
        .sentence("The:DT:det:3 “:``:punct:3 public:JJ:amod:3 option:NN:nsubj:5 ”:'':punct:3 faded:VBD:root:-1 .:.:punct:5")
        .article();
    var model = new AttributingQuoteExtractor(new SpeakerRanker(Map.of()),
        new QuoteKeeper(Map.of("bias", 1.0)), AttributingQuoteExtractor.Observer.NOBODY);
    assertThat(quoted(model.extract(article))).isEmpty();
  }

  private static AttributingQuoteExtractor keeping(Map<String, Double> weights) {
    return new AttributingQuoteExtractor(new SpeakerRanker(Map.of()), new QuoteKeeper(weights),
        AttributingQuoteExtractor.Observer.NOBODY);
  }

  @Test
  void attributesAFragmentToTheSourceOfAccordingToTaggedAsAVerb() {
    var article = Parses.of("According to Limbaugh, the move reeks of “fear” and desperation.")
        .sentence("According:VBG:case:2 to:IN:fixed:0 Limbaugh:NNP:obl:6 ,:,:punct:6 the:DT:det:5 move:NN:nsubj:6 "
            + "reeks:VBZ:root:-1 of:IN:case:9 “:``:punct:9 fear:NN:obl:6 ”:'':punct:9 and:CC:cc:12 "
            + "desperation:NN:conj:9 .:.:punct:6")
        .article();
    Quote q = quoted(keeping(Map.of()).extract(article)).get(0);
    assertThat(q.span().text()).isEqualTo("“fear”");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.cue().map(Span::text)).contains("According to");
    assertThat(speakerMention(q)).isEqualTo("Limbaugh");
  }

  @Test
  void continuesTheSpeakerInItsParagraphWhenTheSentenceSplitterCutsTheAttribution() {
    var article = Parses.of("“We won,” said Byrne (R-Ala.), a congressman. “They lost.”")
        .sentence("“:``:punct:5 We:PRP:nsubj:2 won:VBD:ccomp:5 ,:,:punct:5 ”:'':punct:5 said:VBD:root:-1 "
            + "Byrne:NNP:nsubj:5 (:-LRB-:punct:8 R-Ala.:NNP:appos:6 ):-RRB-:punct:8")
        .sentence(",:,:punct:2 a:DT:det:2 congressman:NN:root:-1 .:.:punct:2")
        .sentence("“:``:punct:2 They:PRP:nsubj:2 lost:VBD:root:-1 .:.:punct:2 ”:'':punct:2")
        .article();
    List<Quote> quotes = quoted(keeping(Map.of()).extract(article));
    assertThat(quotes).extracting(q -> q.span().text()).containsExactly("“We won,”", "“They lost.”");
    assertThat(speakerMention(quotes.get(1))).isEqualTo("Byrne");
    assertThat(quotes.get(1).kind()).isEqualTo(QuoteKind.DIRECT);
  }

  @Test
  void takesAQuotationAfterAFullStopTheSplitterLeftItsMarkBehindAsDirect() {
    var article = Parses.of("“We won,” Byrne said. “They lost.”")
        .sentence("“:``:punct:5 We:PRP:nsubj:2 won:VBD:ccomp:5 ,:,:punct:5 ”:'':punct:5 Byrne:NNP:nsubj:6 "
            + "said:VBD:root:-1 .:.:punct:6 “:``:punct:6")
        .sentence("They:PRP:nsubj:1 lost:VBD:root:-1 .:.:punct:1 ”:'':punct:1")
        .article();
    List<Quote> quotes = quoted(keeping(Map.of()).extract(article));
    assertThat(quotes).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.DIRECT);
    assertThat(speakerMention(quotes.get(1))).isEqualTo("Byrne");
  }

  @Test
  void givesAKeptQuotationWithoutACueTheSubjectOfItsClause() {
    var article = Parses.of("A doctor had typed “homicidal ideation.”")
        .sentence("A:DT:det:1 doctor:NN:nsubj:3 had:VBD:aux:3 typed:VBN:root:-1 “:``:punct:6 homicidal:JJ:amod:6 "
            + "ideation:NN:obj:3 .:.:punct:3 ”:'':punct:6")
        .article();
    assertThat(quoted(keeping(Map.of()).extract(article))).isEmpty(); // the rules: no speech word, no person
    Quote q = quoted(keeping(Map.of("bias", 1.0)).extract(article)).get(0);
    assertThat(speakerMention(q)).contains("doctor");
    assertThat(q.cue().map(Span::text)).contains("typed");
  }

  @Test
  void givesAKeptQuotationOpeningTheNextParagraphThePreviousSpeaker() {
    var article = Parses.of("“We won,” Byrne said. He smiled.\n\n“They lost.”")
        .sentence("“:``:punct:5 We:PRP:nsubj:2 won:VBD:ccomp:6 ,:,:punct:6 ”:'':punct:6 Byrne:NNP:nsubj:6 "
            + "said:VBD:root:-1 .:.:punct:6")
        .sentence("He:PRP:nsubj:1 smiled:VBD:root:-1 .:.:punct:1")
        .sentence("“:``:punct:2 They:PRP:nsubj:2 lost:VBD:root:-1 .:.:punct:2 ”:'':punct:2")
        .article();
    assertThat(quoted(keeping(Map.of()).extract(article))).hasSize(1);
    List<Quote> kept = quoted(keeping(Map.of("bias", 1.0)).extract(article));
    assertThat(kept).hasSize(2);
    assertThat(speakerMention(kept.get(1))).isEqualTo("Byrne");
    assertThat(kept.get(1).cue()).isEmpty();
  }

  @Test
  void neverKeepsAProgrammeTitleOrAHeadlineWhateverTheModelSays() {
    var venue = Parses.of("Carson said on “Meet the Press.”")
        .sentence("Carson:NNP:nsubj:1 said:VBD:root:-1 on:IN:case:6 “:``:punct:6 Meet:NNP:compound:6 the:DT:det:6 "
            + "Press:NNP:obl:1 .:.:punct:1 ”:'':punct:6")
        .article();
    var headline = Parses.of("“Sessions Weighs Senate Run”\n\nSessions called his former colleagues.")
        .sentence("“:``:punct:2 Sessions:NNP:nsubj:2 Weighs:VBZ:root:-1 Senate:NNP:compound:4 Run:NNP:obj:2 ”:'':punct:2")
        .sentence("Sessions:NNP:nsubj:1 called:VBD:root:-1 his:PRP$:nmod_poss:4 former:JJ:amod:4 colleagues:NNS:obj:1 .:.:punct:1")
        .article();
    var eager = keeping(Map.of("bias", 5.0));
    assertThat(quoted(eager.extract(venue))).isEmpty();
    assertThat(quoted(eager.extract(headline))).isEmpty();
  }

  @Test
  void neverKeepsTheProgrammeAnAiringIsOf() {
    var article = Parses.of("On this week’s broadcast of “Fox News Sunday,” Pence said it was “a joke.”")
        .sentence("On:IN:case:4 this:DT:det:2 week:NN:nmod_poss:4 ’s:POS:case:2 broadcast:NN:obl:13 of:IN:case:9 "
            + "“:``:punct:9 Fox:NNP:compound:9 News:NNP:compound:9 Sunday:NNP:nmod:4 ,:,:punct:9 ”:'':punct:9 "
            + "Pence:NNP:nsubj:13 said:VBD:root:-1 it:PRP:nsubj:18 was:VBD:cop:18 “:``:punct:18 a:DT:det:18 "
            + "joke:NN:ccomp:13 .:.:punct:13 ”:'':punct:18")
        .article();
    List<Quote> kept = quoted(keeping(Map.of("bias", 5.0)).extract(article));
    assertThat(kept).extracting(q -> q.span().text()).containsExactly("“a joke.”");
  }

  @Test
  void neverKeepsANicknameInsideAPersonsName() {
    var nickname = Parses.of("Rep. Robert C. “Bobby” Scott threw a party.")
        .sentence("Rep.:NNP:compound:6 Robert:NNP:compound:6 C.:NNP:compound:6 “:``:punct:4 Bobby:NNP:compound:6 "
            + "”:'':punct:4 Scott:NNP:nsubj:7 threw:VBD:root:-1 a:DT:det:9 party:NN:obj:7 .:.:punct:7")
        .article();
    var word = Parses.of("Scott said Robert “Absolutely” agreed.")
        .sentence("Scott:NNP:nsubj:1 said:VBD:root:-1 Robert:NNP:nsubj:6 “:``:punct:4 Absolutely:RB:advmod:6 "
            + "”:'':punct:4 agreed:VBD:ccomp:1 .:.:punct:1")
        .article();
    var eager = keeping(Map.of("bias", 5.0));
    assertThat(quoted(eager.extract(nickname))).isEmpty();
    assertThat(quoted(eager.extract(word))).hasSize(1); // runs into a verb, not a surname
  }

  @Test
  void keepsTheSourceOfAccordingToWhenTheParseMakesItAVerbAndTheModelPrefersTheSubject() {
    var article = Parses.of("According to Limbaugh, the move reeks of “fear” and desperation.")
        .sentence("According:VBG:advcl:6 to:IN:case:2 Limbaugh:NNP:obl:0 ,:,:punct:6 the:DT:det:5 move:NN:nsubj:6 "
            + "reeks:VBZ:root:-1 of:IN:case:9 “:``:punct:9 fear:NN:obl:6 ”:'':punct:9 and:CC:cc:12 "
            + "desperation:NN:conj:9 .:.:punct:6")
        .article();
    var subjectLoving = new AttributingQuoteExtractor(new SpeakerRanker(Map.of("rel=nsubj", 5.0)),
        new QuoteKeeper(Map.of()), AttributingQuoteExtractor.Observer.NOBODY);
    Quote q = quoted(subjectLoving.extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Limbaugh");
    assertThat(q.cue().map(Span::text)).contains("According to");
  }

  @Test
  void givesAQuotationToTheSubjectOfASpeechVerbSetOffByCommasInItsClause() {
    var article = Parses.of("CNN, Cruz said, called the plan “highly significant.”")
        .sentence("CNN:NNP:nsubj:5 ,:,:punct:3 Cruz:NNP:nsubj:3 said:VBD:parataxis:5 ,:,:punct:3 called:VBD:root:-1 "
            + "the:DT:det:7 plan:NN:obj:5 “:``:punct:10 highly:RB:advmod:10 significant:JJ:xcomp:5 .:.:punct:5 ”:'':punct:5")
        .ner("CNN", "ORGANIZATION")
        .article();
    Quote q = quoted(extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Cruz");
    assertThat(q.cue().map(Span::text)).contains("said");
  }

  @Test
  void givesAQuotationToTheNameBeforeASpeechVerbSetOffByCommasWhenTheParseMakesItAnAppositive() {
    var article = Parses.of("Trump, Sexton said, has created a “strange zone.”")
        .sentence("Trump:NNP:nsubj:3 ,:,:punct:0 Sexton:NNP:appos:0 said:VBD:root:-1 ,:,:punct:3 has:VBZ:aux:6 "
            + "created:VBN:dep:3 a:DT:det:10 “:``:punct:10 strange:JJ:amod:10 zone:NN:obj:6 .:.:punct:3 ”:'':punct:3")
        .article();
    assertThat(speakerMention(quoted(extract(article)).get(0))).isEqualTo("Sexton");
  }

  @Test
  void keepsTheSpeechVerbOfTheQuotationsOwnClauseOverASpeechVerbSetOffAbove() {
    String text = "Over the years, she said, email helped her, though she admitted “emails have been wonderful.”";
    var article = Parses.of(text)
        .sentence("Over:IN:case:2 the:DT:det:2 years:NNS:obl:8 ,:,:punct:8 she:PRP:nsubj:5 said:VBD:parataxis:8 "
            + ",:,:punct:5 email:NN:nsubj:8 helped:VBD:root:-1 her:PRP:obj:8 ,:,:punct:13 though:IN:mark:13 "
            + "she:PRP:nsubj:13 admitted:VBD:advcl:8 “:``:punct:18 emails:NNS:nsubj:18 have:VBP:aux:18 "
            + "been:VBN:cop:18 wonderful:JJ:ccomp:13 .:.:punct:8 ”:'':punct:8")
        .article();
    var rulesAlone = new AttributingQuoteExtractor(new SpeakerRanker(Map.of()), new QuoteKeeper(Map.of()),
        AttributingQuoteExtractor.Observer.NOBODY);
    Quote q = quoted(rulesAlone.extract(article)).get(0);
    assertThat(q.speaker().flatMap(s -> s.mention()).map(Span::start)).contains(text.indexOf("she admitted"));
    assertThat(q.cue().map(Span::text)).contains("admitted");
  }

  @Test
  void neverTakesTheSpeechVerbOfTheNextParagraphWhenTheSentenceSplitterJoinedIt() {
    var article = Parses.of("“We will win,” Byrne said. “They will lose.”\nJones said that the race was close.")
        .sentence("“:``:punct:3 We:PRP:nsubj:3 will:MD:aux:3 win:VB:ccomp:7 ,:,:punct:7 ”:'':punct:7 "
            + "Byrne:NNP:nsubj:7 said:VBD:root:-1 .:.:punct:7")
        .sentence("“:``:punct:3 They:PRP:nsubj:3 will:MD:aux:3 lose:VB:ccomp:8 .:.:punct:3 ”:'':punct:3 "
            + "Jones:NNP:nsubj:8 said:VBD:root:-1 that:IN:mark:13 the:DT:det:11 race:NN:nsubj:13 was:VBD:cop:13 "
            + "close:JJ:ccomp:8 .:.:punct:8")
        .article();
    List<Quote> quotes = quoted(extract(article));
    assertThat(quotes).hasSize(2);
    assertThat(speakerMention(quotes.get(1))).isEqualTo("Byrne");
    assertThat(quotes.get(1).cue()).isEmpty();
  }

  @Test
  void givesAQuotationToTheSubjectOfWhateverVerbStandsRightAfterIt() {
    var pressed = Parses.of("“Would it be negotiable?” Hannity pressed.")
        .sentence("“:``:punct:4 Would:MD:aux:4 it:PRP:nsubj:4 be:VB:cop:4 negotiable:JJ:root:-1 ?:.:punct:4 ”:'':punct:4")
        .sentence("Hannity:NNP:nsubj:1 pressed:VBD:root:-1 .:.:punct:1")
        .article();
    var reacted = Parses.of("“Is Obama profiling?” reacted Trump.")
        .sentence("“:``:punct:3 Is:VBZ:aux:3 Obama:NNP:nsubj:3 profiling:VBG:dep:7 ?:.:punct:3 ”:'':punct:3 "
            + "reacted:VBD:amod:7 Trump:NNP:root:-1 .:.:punct:7")
        .mention("Trump", 0, "Donald Trump")
        .article();
    var eager = keeping(Map.of("bias", 5.0));
    Quote q = quoted(eager.extract(pressed)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Hannity");
    assertThat(q.cue().map(Span::text)).contains("pressed");
    assertThat(speakerMention(quoted(eager.extract(reacted)).get(0))).isEqualTo("Trump");
  }

  @Test
  void givesAQuotationToThePhraseRightAfterAnInvertedVerbWhateverTheParserMadeOfIt() {
    var article = Parses.of("“Donald is an amazing leader,” said the 46-year-old.")
        .sentence("“:``:punct:2 Donald:NNP:nsubj:2 is:VBZ:ccomp:8 an:DT:det:5 amazing:JJ:amod:5 leader:NN:conj:2 "
            + ",:,:punct:8 ”:'':punct:8 said:VBD:root:-1 the:DT:det:14 46:CD:nummod:12 -:HYPH:punct:12 "
            + "year:NN:dep:14 -:HYPH:punct:14 old:JJ:xcomp:8 .:.:punct:8")
        .article();
    Quote q = quoted(keeping(Map.of("bias", 5.0)).extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("the 46-year-old");
    assertThat(q.cue().map(Span::text)).contains("said");
  }

  @Test
  void givesAQuotationToThePhraseBesideASpeechVerbRightAfterItThatTheTaggerOrParserLost() {
    var read = Parses.of("“She should come to Louisiana,” the editorial read.")
        .sentence("“:``:punct:10 She:PRP:nsubj:3 should:MD:aux:3 come:VB:ccomp:10 to:IN:case:5 "
            + "Louisiana:NNP:obl:3 ,:,:punct:10 ”:'':punct:10 the:DT:det:10 editorial:JJ:amod:10 read:NN:root:-1 "
            + ".:.:punct:10")
        .ner("Louisiana", "STATE_OR_PROVINCE")
        .article();
    var said = Parses.of("“It became a lot of people,” said Republican consultant Chris Russell.")
        .sentence("“:``:punct:4 It:PRP:nsubj:2 became:VBD:dep:12 a:DT:det:4 lot:NN:xcomp:2 of:IN:case:6 "
            + "people:NNS:nmod:4 ,:,:punct:2 ”:'':punct:2 said:VBD:amod:12 Republican:JJ:amod:12 "
            + "consultant:NN:compound:12 Chris:NNP:compound:12 Russell:NNP:root:-1 .:.:punct:12")
        .ner("Republican", "IDEOLOGY")
        .article();
    var eager = keeping(Map.of("bias", 5.0));
    Quote q = quoted(eager.extract(read)).get(0);
    assertThat(speakerMention(q)).endsWith("editorial");
    assertThat(q.cue().map(Span::text)).contains("read");
    Quote r = quoted(eager.extract(said)).get(0);
    assertThat(speakerMention(r)).endsWith("Russell");
    assertThat(r.cue().map(Span::text)).contains("said");
  }

  @Test
  void givesAQuotationOpeningASentenceToTheSpeechVerbOfTheSentenceBeforeWhenThatHoldsNoQuotation() {
    var article = Parses.of("Lau, the party spokesman, said in a statement. “There are no ballots to recount.”")
        .sentence("Lau:NNP:nsubj:6 ,:,:punct:0 the:DT:det:5 party:NN:compound:5 spokesman:NN:appos:0 ,:,:punct:0 "
            + "said:VBD:root:-1 in:IN:case:9 a:DT:det:9 statement:NN:obl:6 .:.:punct:6")
        .sentence("“:``:punct:2 There:EX:expl:2 are:VBP:root:-1 no:DT:det:4 ballots:NNS:nsubj:2 to:TO:mark:6 "
            + "recount:VB:acl:4 .:.:punct:2 ”:'':punct:2")
        .article();
    Quote q = quoted(keeping(Map.of("bias", 5.0)).extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Lau");
    assertThat(q.cue().map(Span::text)).contains("said");
  }

  @Test
  void takesTheCueOfTheNextSentenceAfterALongSubjectThatOpensIt() {
    var article = Parses.of("“Perpetual motion!” Rep. Glenn Thompson, R-Pa., said of the swirl.")
        .sentence("“:``:punct:2 Perpetual:JJ:amod:2 motion:NN:root:-1 !:.:punct:2 ”:'':punct:2")
        .sentence("Rep.:NNP:compound:2 Glenn:NNP:compound:2 Thompson:NNP:nsubj:8 ,:,:punct:2 R:NNP:compound:6 "
            + "-:HYPH:punct:6 Pa.:NNP:appos:2 ,:,:punct:2 said:VBD:root:-1 of:IN:case:11 the:DT:det:11 "
            + "swirl:NN:obl:8 .:.:punct:8")
        .article();
    Quote q = quoted(keeping(Map.of("bias", 5.0)).extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Rep. Glenn Thompson");
    assertThat(q.cue().map(Span::text)).contains("said");
  }

  @Test
  void givesAQuotationAfterAColonToTheSpeechNounOrTheSubjectOfTheClauseBeforeIt() {
    var statement = Parses.of("Republican presidential nominee Donald Trump issued the following statement:\n\n“Our prayers are with you.”")
        .sentence("Republican:JJ:amod:4 presidential:JJ:amod:4 nominee:NN:compound:4 Donald:NNP:compound:4 "
            + "Trump:NNP:nsubj:5 issued:VBD:root:-1 the:DT:det:8 following:JJ:amod:8 statement:NN:obj:5 ::PUNCT:punct:5")
        .sentence("“:``:punct:5 Our:PRP$:nmod_poss:2 prayers:NNS:nsubj:5 are:VBP:cop:5 with:IN:case:5 you:PRP:root:-1 "
            + ".:.:punct:5 ”:'':punct:5")
        .article();
    var echoed = Parses.of("Jared Potts, a student at the local high school, echoed:\n\n“He speaks his mind.”")
        .sentence("Jared:NNP:compound:1 Potts:NNP:nsubj:11 ,:,:punct:1 a:DT:det:4 student:NN:appos:1 at:IN:case:9 "
            + "the:DT:det:9 local:JJ:amod:9 high:JJ:amod:9 school:NN:nmod:4 ,:,:punct:1 echoed:VBD:root:-1 ::PUNCT:punct:11")
        .sentence("“:``:punct:2 He:PRP:nsubj:2 speaks:VBZ:root:-1 his:PRP$:nmod_poss:4 mind:NN:obj:2 .:.:punct:2 "
            + "”:'':punct:2")
        .article();
    var eager = keeping(Map.of("bias", 5.0));
    Quote q = quoted(eager.extract(statement)).get(0);
    assertThat(speakerMention(q)).endsWith("Donald Trump");
    assertThat(q.cue().map(Span::text)).contains("statement");
    assertThat(speakerMention(quoted(eager.extract(echoed)).get(0))).isEqualTo("Jared Potts");
  }

  @Test
  void givesAQuotationInTheContentClauseOfANamedPossessorsClaimToThePossessorWhateverTheModelPrefers() {
    var article = Parses.of("Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago.")
        .sentence("Politifact:NN:nsubj:1 seized:VBN:root:-1 on:IN:case:5 Trump:NNP:nmod_poss:5 ’s:POS:case:3 "
            + "claim:NN:obl:1 that:IN:mark:11 there:EX:expl:11 have:VBP:aux:11 been:VBN:cop:11 “:``:punct:11 "
            + "thousands:NNS:ccomp:5 of:IN:case:13 shootings:NNS:nmod:11 ”:'':punct:11 in:IN:case:16 "
            + "Chicago:NNP:nmod:11 .:.:punct:1")
        .ner("Politifact", "ORGANIZATION")
        .ner("Chicago", "CITY")
        .article();
    var subjectLoving = new AttributingQuoteExtractor(new SpeakerRanker(Map.of("rel=nsubj", 5.0)),
        new QuoteKeeper(Map.of("bias", 5.0)), AttributingQuoteExtractor.Observer.NOBODY);
    Quote q = quoted(subjectLoving.extract(article)).get(0);
    assertThat(speakerMention(q)).isEqualTo("Trump");
    assertThat(q.cue().map(Span::text)).contains("claim");
  }
}
