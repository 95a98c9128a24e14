package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.clean.CleanerFixtures.clean;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Removed;
import org.newsgraph.model.ResidueKind;

/** Person cards, written for these tests in the style of a publisher's inline cards (issue 3). */
class PersonCardTest {

  @Test
  void findsCardGluedToItsFirstHeadline() {
    String text = "Sen. Margaret Holloway Margaret Anne HollowayHolloway pushes farm bill vote Senate panel advances "
        + "rural broadband plan MORE (D-Ore.) said Tuesday that she would vote no.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).hasSize(1);
    PersonCard card = clean.cards().get(0);
    assertThat(card.fullName()).isEqualTo("Margaret Anne Holloway");
    assertThat(card.mention().text()).isEqualTo("Margaret Holloway");
    assertThat(card.card().text()).startsWith("Margaret Anne Holloway").endsWith("MORE");
    assertThat(card.headlines()).containsExactly("Holloway pushes farm bill vote",
        "Senate panel advances rural broadband plan");
    Removed removed = clean.removed().get(0);
    assertThat(removed.kind()).isEqualTo(ResidueKind.INLINE_WIDGET);
    assertThat(removed.note()).isEqualTo("person card: Margaret Anne Holloway");
    assertThat(removed.headlines()).isEqualTo(card.headlines());
  }

  @Test
  void keepsNicknameInParenthesesAndTheTextAroundTheCard() {
    String text = "Rep. Ted Alvarez Theodore (Ted) Luis AlvarezWhy the budget fight matters to Texas Alvarez says a "
        + "shutdown is likely MORE (R-Texas) disagreed.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).singleElement().satisfies(c -> {
      assertThat(c.fullName()).isEqualTo("Theodore (Ted) Luis Alvarez");
      assertThat(c.mention().text()).isEqualTo("Ted Alvarez");
    });
    assertThat(clean.analysisText().replaceAll(" +", " ")).isEqualTo("Rep. Ted Alvarez (R-Texas) disagreed.");
  }

  @Test
  void readsSuffixesInitialsHyphensAndApostrophes() {
    String text = "Gov. Hank Morrow Jr. Henry (Hank) Morrow Jr.Morrow signs sweeping voting bill MORE and "
        + "Rep. Lisa Carter-Nguyen Lisa J. Carter-NguyenCarter-Nguyen wins crowded primary MORE backed "
        + "Sen. Patrick O'Dell Patrick Sean O'Dell2024 hopefuls descend on Iowa MORE’s plan.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).extracting(PersonCard::fullName)
        .containsExactly("Henry (Hank) Morrow Jr.", "Lisa J. Carter-Nguyen", "Patrick Sean O'Dell");
    assertThat(clean.analysisText()).contains("’s plan.").doesNotContain("MORE").doesNotContain("2024");
  }

  @Test
  void findsCardGluedWithSpaceOrToTheMentionOrWithoutHeadlines() {
    String text = "Rep. Dana Whitfield Dana Whitfield Lawmakers clash over pipeline permits House passes water bill "
        + "MORE, who chairs the panel, met Justice Paul AmesPaul Robert AmesCourt weighs new privacy case MORE. "
        + "Chief of staff Tom Reyes Thomas (Tom) ReyesMORE is leaving.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).extracting(PersonCard::fullName)
        .containsExactly("Dana Whitfield", "Paul Robert Ames", "Thomas (Tom) Reyes");
    assertThat(clean.cards().get(2).headlines()).isEmpty();
    assertThat(clean.analysisText().replaceAll(" +", " "))
        .isEqualTo("Rep. Dana Whitfield , who chairs the panel, met Justice Paul Ames . Chief of staff Tom Reyes is leaving.");
  }

  @Test
  void findsCardAtTheStartAndWithParticles() {
    String text = "Anna de Vries Anna Maria de VriesCity budget vote delayed again MORE will run again, "
        + "aides to Mayor Anna de Vries said.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).singleElement().satisfies(c -> {
      assertThat(c.fullName()).isEqualTo("Anna Maria de Vries");
      assertThat(c.card().start()).isEqualTo("Anna de Vries ".length());
    });
  }

  @Test
  void readsTheRightFullNameWhenTheHeadlineRepeatsTheNameOrAWordBeforeIt() {
    String text = "Sen. Ted Rowe Edward (Ted) RoweRowe, Lane send well wishes to governor MORE spoke. "
        + "Supreme Court Justice Amy Brandt Amy Louise BrandtDivided Supreme Court hears water case MORE wrote. "
        + "His son Hunter Gray Jr. Hunter (Hal) Lee GrayGray Jr sells family ranch MORE agreed.";
    CleanArticle clean = clean(text);

    assertThat(clean.cards()).extracting(PersonCard::fullName)
        .containsExactly("Edward (Ted) Rowe", "Amy Louise Brandt", "Hunter (Hal) Lee Gray");
    assertThat(clean.cards()).extracting(c -> c.mention().text())
        .containsExactly("Ted Rowe", "Amy Brandt", "Hunter Gray Jr.");
  }

  @Test
  void doesNotCutASentenceThatEndsInMore() {
    String text = "Voters in Ohio said they wanted more. Supporters of Gov. Ray Lund chanted FOUR MORE YEARS.\n\n"
        + "AND THAT IS THE JOB THAT THE AGENCY NEEDS NOW, THE TASK AT THE AGENCY WILL BE MORE THAN A FIX.";
    assertThat(clean(text).removed()).isEmpty();
  }

  @Test
  void doesNotCutAHeadlineQuotedInTheText() {
    String text = "The paper ran the headline \"Holloway pushes farm bill vote\" on Monday, and Sen. Margaret "
        + "Holloway said MORE votes would follow.";
    assertThat(clean(text).removed()).isEmpty();
  }

  @Test
  void doesNotReadANameSaidTwiceAsACard() {
    String text = "Lawyers for Carmen Price Price said the company owes MORE than it admits.";
    assertThat(clean(text).removed()).isEmpty();
  }

  @Test
  void doesNotReachAcrossParagraphsForAName() {
    String text = "Sen. Joan Park Joan Park\n\nSHE WANTS MORE.";
    assertThat(clean(text).removed()).isEmpty();
  }
}
