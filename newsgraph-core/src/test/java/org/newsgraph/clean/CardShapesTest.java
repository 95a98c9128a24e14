package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.clean.CleanerFixtures.clean;

import org.junit.jupiter.api.Test;

/**
 * The shapes person cards take in scraped text (issue 3), written for these tests with invented
 * people and headlines: glued to a headline in capitals or digits, glued with a space, before a
 * possessive, a parenthesis or a full stop, several headlines, generational suffixes; and the
 * near-misses that must stay.
 */
class CardShapesTest {

  @Test
  void findsCardGluedToAHeadlineInCapitals() {
    String text = "Senate Majority Leader Walt Fenwick Walter (Walt) Ames FenwickGOP leaders eye quick vote on "
        + "judges Fenwick: Senate will not return early MORE (R-Ky.) said the chamber would adjourn.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).singleElement().satisfies(c -> {
      assertThat(c.fullName()).isEqualTo("Walter (Walt) Ames Fenwick");
      assertThat(c.mention().text()).isEqualTo("Walt Fenwick");
      assertThat(c.headlines()).containsExactly("GOP leaders eye quick vote on judges",
          "Fenwick: Senate will not return early");
    });
    assertThat(clean.analysisText().replaceAll(" +", " "))
        .isEqualTo("Senate Majority Leader Walt Fenwick (R-Ky.) said the chamber would adjourn.");
  }

  @Test
  void findsCardGluedToAHeadlineThatStartsWithADigit() {
    String text = "The late Sen. Hal Okonkwo Harold Chidi Okonkwo2020 hopefuls court veterans in South Carolina "
        + "Okonkwo library opens in Phoenix MORE was remembered on Monday.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).singleElement().satisfies(c -> {
      assertThat(c.fullName()).isEqualTo("Harold Chidi Okonkwo");
      assertThat(c.headlines()).first().asString().startsWith("2020 hopefuls");
    });
  }

  @Test
  void findsCardBeforeAPossessiveAndBeforeAFullStop() {
    String text = "It was Gov. Irene Szabo Irene Katalin SzaboSzabo vetoes transit tax hike Budget talks stall in "
        + "Albany MORE’s third veto this year. Reporters later asked Rep. Dan Mayfield Daniel Ross "
        + "MayfieldHouse panel subpoenas mining records MORE.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).extracting(PersonCard::fullName)
        .containsExactly("Irene Katalin Szabo", "Daniel Ross Mayfield");
    assertThat(clean.analysisText().replaceAll(" +", " "))
        .isEqualTo("It was Gov. Irene Szabo ’s third veto this year. Reporters later asked Rep. Dan Mayfield .");
  }

  @Test
  void findsCardsWithSuffixesHyphensApostrophesAndInitials() {
    String text = "Rep. Lloyd Banks III Lloyd Everett Banks IIIBanks wins runoff in Georgia Banks III backs "
        + "farm bill MORE (R-Ga.), Sen. Maria Ortiz-Keane Maria Luz Ortiz-KeaneOrtiz-Keane seeks probe of "
        + "utility MORE (D-N.M.) and Rep. J.T. D'Amato James T. D'AmatoD'Amato joins transit caucus MORE "
        + "(D-N.Y.) signed the letter.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).extracting(PersonCard::fullName)
        .containsExactly("Lloyd Everett Banks III", "Maria Luz Ortiz-Keane", "James T. D'Amato");
    assertThat(clean.analysisText()).doesNotContain("MORE").doesNotContain("runoff").doesNotContain("caucus");
  }

  @Test
  void findsCardWithAQuotedNicknameAndThreeHeadlines() {
    String text = "Former adviser Stanley Pruitt Stanley \"Stan\" Pruitt2024 trail: Pruitt returns to Iowa Pruitt "
        + "book tour draws protesters Why Pruitt still matters to the party MORE told the panel he had no notes.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).singleElement().satisfies(c -> {
      assertThat(c.fullName()).isEqualTo("Stanley \"Stan\" Pruitt");
      // where one headline ends and the next begins is a guess; what the card said is all kept
      assertThat(String.join(" ", c.headlines())).isEqualTo("2024 trail: Pruitt returns to Iowa Pruitt book tour "
          + "draws protesters Why Pruitt still matters to the party");
      assertThat(c.headlines()).last().isEqualTo("Why Pruitt still matters to the party");
    });
  }

  @Test
  void matchesTheSurnameAcrossApostrophesAndAccents() {
    String text = "Rep. Colm O’Byrne Colm Patrick O'ByrneO'Byrne wins recount in Boston Democrats eye "
        + "House seat MORE (D-Mass.) and Sen. Inés Ortúzar Inés Maria OrtuzarSenate passes water compact "
        + "Ortuzar seeks drought aid MORE (D-Colo.) voted no.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).extracting(PersonCard::fullName)
        .containsExactly("Colm Patrick O'Byrne", "Inés Maria Ortuzar");
    assertThat(clean.cards()).extracting(c -> c.mention().text()).containsExactly("Colm O’Byrne", "Inés Ortúzar");
  }

  @Test
  void keepsASentenceThatReallyEndsInMore() {
    String text = "Sen. Ruth Calloway said farmers deserve more. Her aide, Paul Grant, said the state could "
        + "do MORE, and \"NOTHING MORE\" was the slogan of the day.";
    assertThat(clean(text).removed()).isEmpty();
  }

  @Test
  void keepsAPersonNamedTwiceInARow() {
    String text = "The plaintiffs, Lena Marsh Marsh and her sister, asked the court for MORE time. Neither Marsh "
        + "Marsh nor Ortiz would comment, and Tran Tran said MORE.";
    assertThat(clean(text).removed()).isEmpty();
  }

  @Test
  void keepsAHeadlineQuotedInTheText() {
    String text = "Under the headline \"Okonkwo library opens in Phoenix,\" the paper said Sen. Hal Okonkwo wanted "
        + "MORE money for libraries.";
    assertThat(clean(text).removed()).isEmpty();
  }
}
