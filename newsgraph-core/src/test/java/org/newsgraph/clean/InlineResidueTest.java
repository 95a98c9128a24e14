package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.clean.CleanerFixtures.clean;
import static org.newsgraph.clean.CleanerFixtures.removedTexts;

import org.junit.jupiter.api.Test;

/**
 * Residue inside or around paragraphs, written for these tests in news style (issue 3): datelines,
 * contributor and contact lines, copyright and newsletter sentences, ticker widgets, video
 * captions, reader callouts; and the prose that looks like them and must stay.
 */
class InlineResidueTest {

  @Test
  void cutsTheDatelineOfTheFirstParagraphOnly() {
    String text = "SPRINGFIELD, Ill. (AP) — State lawmakers approved a budget on Friday.\n\n"
        + "RURAL HOSPITALS — The plan adds money for clinics, officials said.";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("SPRINGFIELD, Ill. (AP) —");
    assertThat(clean.analysisText().strip()).startsWith("State lawmakers approved");
  }

  @Test
  void cutsABylineGluedAfterADigestHeadlineButNotPlainBy() {
    String text = "Read the full story here\n\nMayor says the budget gap is closing By LENA MARSH-OYELARAN "
        + "City Council President Ruth Abney said Monday that revenue is up.\n\n"
        + "Budget vote set for Friday By TOMAS REY and ANA LUZ “We have the votes,” Abney said.\n\n"
        + "The plan was backed By Abney and by the mayor. The deficit shrank By 2 percent, NASA said. "
        + "It was written By HAND, she joked.";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("By LENA MARSH-OYELARAN", "By TOMAS REY and ANA LUZ");
  }

  @Test
  void keepsACaptionMarkedFileAndAShortCapitalisedLine() {
    String text = "FILE - In this March 3 photo, Gov. Ada Lind speaks in Boise.\n\nBOISE — Yes.";
    assertThat(clean(text).removed()).isEmpty();
  }

  @Test
  void cutsContributorLinesButNotDonorsWhoContributed() {
    String text = "The donors contributed heavily to both campaigns, records show.\n\n"
        + "Associated Press writers Omar Haddad in Cairo and Lisa Brandt contributed to this report.\n\n"
        + "— With assistance by Kenji Mori and Sara Petrov\n\n"
        + "Reporter Tomás Vidal contributed.";
    assertThat(removedTexts(clean(text))).containsExactly(
        "Associated Press writers Omar Haddad in Cairo and Lisa Brandt contributed to this report.",
        "— With assistance by Kenji Mori and Sara Petrov", "Reporter Tomás Vidal contributed.");
  }

  @Test
  void cutsTheContactButKeepsTheAuthorsBio() {
    String text = "— Dana Whitcomb is a columnist for the Ledger. She can be reached at dana@example.com. "
        + "© 2019 Example Syndicate\n\n"
        + "Ravi Patel: 555-201-3344; rpatel@example.com; Twitter: @ravipatel.";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("She can be reached at dana@example.com.",
        "© 2019 Example Syndicate", "Ravi Patel: 555-201-3344; rpatel@example.com; Twitter: @ravipatel.");
    assertThat(clean.analysisText()).contains("Dana Whitcomb is a columnist for the Ledger.");
  }

  @Test
  void cutsANewsletterSentenceInsideAParagraph() {
    // a short paragraph of prompts is cut whole by the line rule; here the prompt sits in a long note
    String text = "The Ledger is a nonprofit newsroom. Sign up to receive our biggest stories in your inbox. "
        + "This article was produced in partnership with the Harbor Times, a weekly newspaper that has covered the "
        + "fishing towns of the northern coast, their harbors, schools and town councils since 1911.\n\n"
        + "Residents can sign up for flood updates at the county website, the mayor said.";
    assertThat(removedTexts(clean(text))).containsExactly(
        "Sign up to receive our biggest stories in your inbox.");
  }

  @Test
  void cutsTickerWidgetsButKeepsPercentagesInProse() {
    String text = "The Dow Jones Industrial Average DJIA, -0.42%, fell while shares of Acme Corp. ACME, +3.10% "
        + "rose. Turnout was up, 4.5%, in the county.";
    CleanArticle clean = clean(text);
    assertThat(removedTexts(clean)).containsExactly("DJIA, -0.42%", "ACME, +3.10%");
  }

  @Test
  void cutsVideoCaptionsCalloutsAndLabelledLinks() {
    String text = "CLOSE Firefighters battle a blaze near Reno on Tuesday. Video provided by Newsy\n\n"
        + "Are you a nurse or a patient at the clinic? Tell us what you saw: fill out this form.\n\n"
        + "Read next: Why the county's 'safe harbor' plan stalled\n\n"
        + "Series: The Drought Years\n\n"
        + "What Is a Water Right? Water rights decide who may draw from a river, and in the West they Read more\n\n"
        + "(Dreamstime)\n\n"
        + "Read or Share this story: https://example.com/story/news/2020/05/12/drought-what-to-know/3110066001/";
    assertThat(clean(text).removed()).hasSize(7);
  }

  @Test
  void cutsAnEmbeddedVideoDescriptionAndABareKicker() {
    String text = "ANALYSIS\n\nThe mayor spoke for an hour.\n\n"
        + "Mayor Lind on the Budget | City Hall LiveMayor Ada Lind said the budget “keeps every library open.” "
        + "Subscribe to our channel: https://example.com/c Follow us: https://example.com/f 2020-02-18T16:45:34.000Z";
    CleanArticle clean = clean(text);
    assertThat(clean.removed()).extracting(r -> r.note()).containsExactly("kicker", "embedded video description");
    assertThat(clean.analysisText().strip()).isEqualTo("The mayor spoke for an hour.");
  }

  @Test
  void keepsProseThatSoundsLikeFurniture() {
    String text = "The clinic closed early, and residents were told to read more about it in the notice.\n\n"
        + "Do you have a plan? the judge asked, and the lawyer said they would let us know.\n\n"
        + "Close allies of the mayor said they would follow him on the issue.\n\n"
        + "“Sign up for our newsletter today,” the flyer read. Copyright law was not at issue.";
    assertThat(clean(text).removed()).isEmpty();
  }
}
