package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.clean.CleanerFixtures.clean;
import static org.newsgraph.clean.CleanerFixtures.removedTexts;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.ResidueKind;

/** Boilerplate lines and embedded posts, written for these tests (issue 3). */
class BoilerplateTest {

  @Test
  void cutsAdvertisementAndContinuationLines() {
    String text = "The council met on Monday.\n\nADVERTISEMENT\n\nStory continues below advertisement\n\n"
        + "Advertisement:\n\nThe vote was 7-2.";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("ADVERTISEMENT", "Story continues below advertisement",
        "Advertisement:");
    assertThat(clean.removed()).allMatch(r -> r.kind() == ResidueKind.BOILERPLATE);
  }

  @Test
  void cutsNewsletterSharePromptsAndCopyright() {
    String text = "The bill passed.\n\nSign up for our Morning Briefing newsletter\n\nShare Tweet Email\n\n"
        + "Follow us on Twitter for more updates.\n\nClick here to read the full ruling.\n\n"
        + "© 2021 Example Media Group. All rights reserved.";
    assertThat(removedTexts(clean(text))).containsExactly("Sign up for our Morning Briefing newsletter",
        "Share Tweet Email", "Follow us on Twitter for more updates.", "Click here to read the full ruling.",
        "© 2021 Example Media Group. All rights reserved.");
  }

  @Test
  void cutsReadMoreListsAndRelatedLines() {
    String text = "Turnout was high.\n\nRead more:\n\nWhy turnout in rural counties surged\n\n"
        + "Five takeaways from the state primary\n\nThe count resumes on Friday, officials said.\n\n"
        + "Related: Governor signs budget after long standoff";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("Read more:", "Why turnout in rural counties surged",
        "Five takeaways from the state primary", "Related: Governor signs budget after long standoff");
    assertThat(clean.removed()).allMatch(r -> r.kind() == ResidueKind.NAVIGATION);
  }

  @Test
  void cutsARunOfHeadlinesInCapitalsWithNoLabel() {
    String text = "The clinic reopens on Monday, the mayor said.\n\nLATEST UPDATES ON THE FLU SEASON\n\n"
        + "WHY HOSPITALS IN THE NORTH RAN OUT OF BEDS\n\nADVERTISEMENT\n\n"
        + "THREE WAYS TO PROTECT YOUR FAMILY THIS WINTER\n\nNurses were thanked by the council.";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("LATEST UPDATES ON THE FLU SEASON",
        "WHY HOSPITALS IN THE NORTH RAN OUT OF BEDS", "ADVERTISEMENT", "THREE WAYS TO PROTECT YOUR FAMILY THIS WINTER");
    assertThat(clean.analysisText()).contains("Nurses were thanked by the council.");
  }

  @Test
  void keepsHeadingsTablesAndShoutedSentencesInCapitals() {
    String heading = "The board voted twice.\n\nPART ONE: THE FIRST VOTE\n\nTHE MORNING SESSION\n\n"
        + "Members argued for an hour.";
    String table = "Shares by state:\n\nKY 27%\n\nMS 27%\n\nAL 26%\n\nLA 26%";
    String shouted = "Protesters carried signs.\n\nWE WILL NOT BE MOVED.\n\nNO JUSTICE NO PEACE.\n\n"
        + "HANDS OFF OUR SCHOOLS.\n\nThe march ended at noon.";
    assertThat(clean(heading).removed()).isEmpty();
    assertThat(clean(table).removed()).isEmpty();
    assertThat(clean(shouted).removed()).isEmpty();
  }

  @Test
  void cutsAPromptToAddTheSiteToTheReadersFeeds() {
    String text = "The river crested on Sunday.\n\nThe flood is far from over. Add Riverside Daily to your Facebook "
        + "and Twitter feeds to stay on top of the news.\n\nShelters stay open, the county said.\n\n"
        + "Residents who add the county alerts to their feeds get updates, officials said.";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("The flood is far from over. Add Riverside Daily to your Facebook "
        + "and Twitter feeds to stay on top of the news.");
  }

  @Test
  void cutsPhotoCreditsButKeepsTheCaption() {
    String text = "(Jane Okafor/Reuters)\n\nPolice stand outside the courthouse on Tuesday. (AP Photo/Sam Lee)\n\n"
        + "Credit: Maria Gomez/Getty Images\n\nThe trial opens next week.";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("(Jane Okafor/Reuters)", "(AP Photo/Sam Lee)",
        "Credit: Maria Gomez/Getty Images");
    assertThat(clean.analysisText()).contains("Police stand outside the courthouse on Tuesday.");
  }

  @Test
  void cutsAnEmbeddedPostThatRepeatsAQuote() {
    String text = "“We will not raise taxes on working families, period,” the governor wrote on Twitter.\n\n"
        + "We will not raise taxes on working families, period. — Gov. Ellen Marsh (@GovMarsh) June 18, 2018\n\n"
        + "Critics disagreed.";
    CleanArticle clean = clean(text);
    assertThat(clean.removed()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ResidueKind.OTHER);
      assertThat(r.span().text()).startsWith("We will not raise").endsWith("June 18, 2018");
      assertThat(r.note()).isEqualTo("embedded post repeat: @GovMarsh");
    });
  }

  @Test
  void cutsALongEmbeddedPostWhenTheArticleQuotesOneOfItsSentences() {
    String text = "\"We will rebuild every bridge the river took from us,\" the governor tweeted on Sunday.\n\n"
        + "We will rebuild every bridge the river took from us. Crews from three states are on the way, and the "
        + "National Guard is clearing roads in the north tonight. https://t.co/xyz — Gov. Ellen Marsh (@GovMarsh) "
        + "June 18, 2018\n\nThe storm hit on Friday.";
    assertThat(clean(text).removed()).singleElement()
        .satisfies(r -> assertThat(r.note()).isEqualTo("embedded post repeat: @GovMarsh"));
  }

  @Test
  void keepsAnEmbeddedPostTheArticleDoesNotRepeat() {
    String text = "Reaction came quickly.\n\n"
        + "Proud of the volunteers who worked all night in the flood zone. — Mayor Ben Ortiz (@MayorOrtiz) May 2, 2019";
    assertThat(clean(text).removed()).isEmpty();
  }

  @Test
  void cutsKickersTeasersAndListedHeadlinesWithSingleQuotes() {
    String text = "ANALYSIS/OPINION:\n\nThe budget is late again.\n\nRead more:\n\n"
        + "Mayor asks voters: 'Is the stadium worth it?'\n\n"
        + "“We are not done,” the mayor said.\n\n"
        + "Read More How Cities Pay for Stadiums This tool lets you compare deals across the country\n\n"
        + "OBAMA: We will see.";
    assertThat(removedTexts(clean(text))).containsExactly("ANALYSIS/OPINION:", "Read more:",
        "Mayor asks voters: 'Is the stadium worth it?'",
        "Read More How Cities Pay for Stadiums This tool lets you compare deals across the country");
  }

  @Test
  void leavesACleanArticleUntouched() {
    String text = "The advertisement ran in three states, and the campaign said it would share more "
        + "details soon.\n\n“Sign up for our newsletter,” she joked, “and you will learn everything.”\n\n"
        + "Related bills stalled in committee. Read more in the report, officials said.\n\n"
        + "Click, the startup, raised $4 million.\n\n"
        + "The senator wants more.";
    CleanArticle clean = clean(text);
    assertThat(clean.removed()).isEmpty();
    assertThat(clean.analysisText()).isEqualTo(text);
  }
}
