package org.newsgraph.clean.internal;

import java.util.List;
import org.newsgraph.model.ResidueKind;

/**
 * The boilerplate lines newsgraph knows (issue 3): general page furniture of news sites, never the
 * words of a particular article. Each rule matches a whole line; a line that holds a quotation mark
 * is never matched (see {@link BoilerplateFinder}), so no quoted words are cut.
 */
final class LineRules {

  private static final String SHARE_WORD = "(share|tweet|post|e-?mail|print|comments?|copy link|facebook|twitter|"
      + "linkedin|pinterest|reddit|whatsapp|flipboard|messenger|save|listen to (this )?article( \\d+:\\d+)?|"
      + "share (this|the) (article|story)|share on \\w+)";
  private static final String AGENCY = "(AP|AP Photo|Associated Press|Reuters|Getty Images|Getty|AFP|AFP via Getty Images|"
      + "EPA|EPA-EFE|Bloomberg|Pool|Shutterstock|iStock|NurPhoto|Sipa USA|UPI|Xinhua|TNS|Zuma Press|CQ Roll Call|"
      + "The Washington Post|The New York Times|Dreamstime|Alamy|Unsplash|Pixabay|Wikimedia Commons|Flickr|"
      + "[\\p{L}. ]{0,30} via Getty Images)";

  /** Labels that introduce a link to another page: "READ MORE: ...", "( PHOTOS: ...)". */
  static final String LABEL = "(read more|read also|also read|read next|read this|more on this|related|related coverage|"
      + "see also|full coverage|now watch|watch|more from [^.:]{1,40}|photos|video|slideshow|listen|series)";
  /** A teaser line: a headline and the start of its story, closed by the link's own "Read more". */
  static final String TEASER_END = ".{10,400}\\s(?-i:Read more|READ MORE)";

  /** One sentence: no full stop followed by a space, except after an initial or a short title. */
  private static final String ONE_SENTENCE = "(?:[^.!?]|(?<=\\b(?-i:\\p{Lu}))\\.|(?<=\\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St))\\.|\\.(?=\\S)){3,300}?";

  /** Reported speech is prose: a prompt addresses the reader, it does not say who said it. */
  private static final String NOT_REPORTED = "(?!.*\\b(said|says|asked|told|according to)\\b)";

  static final List<LineRule> RULES = List.of(
      LineRule.of("(advertisement|advertisements|advertisement:|ad feedback|sponsored content|paid content)",
          ResidueKind.BOILERPLATE, "advertisement"),
      LineRule.of("((the )?(story|article|report) continues below( this)?( advertisement)?|continue reading( the)?"
          + "( main)? (story|article)( below)?|continue reading below)\\W*", ResidueKind.BOILERPLATE,
          "continuation prompt"),
      // a prompt, not a report about signing up: "updates" alone or a speech verb is prose (issue 3)
      LineRule.of("(?=.{0,250}$)" + NOT_REPORTED + "(?=.*\\b(sign(ing)?[ -]?up|subscribe|subscribing|register)\\b)"
          + "(?=.*\\b(newsletters?|inbox|e-?mail alerts?|briefing|(biggest|top|best) stories|sign[ -]?up here|"
          + "subscribe here)\\b).*",
          ResidueKind.BOILERPLATE, "newsletter prompt").needing("sign", "subscri", "regist"),
      LineRule.of("manage newsletters|get our (free |weekly |daily )?newsletter.{0,120}", ResidueKind.BOILERPLATE,
          "newsletter prompt"),
      LineRule.of("(" + SHARE_WORD + "[\\s|:,·•/]*){1,12}", ResidueKind.BOILERPLATE, "share prompt"),
      LineRule.of("((follow|like|join) (us|@\\w+|[\\p{Lu}][\\p{L}.' -]{1,40}) (on|at) (twitter|facebook|instagram|"
          + "youtube|linkedin|tiktok)\\b.{0,160}|follow @\\w+\\.?|read or share this story:.{0,120})",
          ResidueKind.BOILERPLATE, "share prompt"),
      // "Add Example News to your Facebook and Twitter feeds to stay ...", after at most one short slogan
      LineRule.of(NOT_REPORTED + "([^.!?]{1,60}[.!?] )?add (?-i:\\p{Lu})[\\p{L}.'& -]{1,40} to your (\\w+ )?(facebook|twitter|"
          + "instagram|news|google news|flipboard)( (and|or) (facebook|twitter|instagram))? feeds?\\b.{0,160}",
          ResidueKind.BOILERPLATE, "share prompt").needing("feed"),
      LineRule.of("(click|tap) here\\b.{0,160}", ResidueKind.NAVIGATION, "link prompt"),
      LineRule.of("(visit|download|get) .{0,60}\\b(homepage|home page|app)\\b.{0,80}", ResidueKind.NAVIGATION,
          "link prompt"),
      LineRule.of("(send (us )?(news )?tips\\b.{0,80})", ResidueKind.BOILERPLATE, "contact prompt"),
      LineRule.of("(read more|read also|also read|related|related coverage|related content|related stories|"
          + "see also|more on this|more from [^.:]{1,40}|full coverage|recommended|you may also like|"
          + "now watch|watch|more stories)(\\s*(:|\\.\\.\\.|…))?", ResidueKind.NAVIGATION, "related links")
          .openingList(),
      LineRule.of(LABEL + "\\s*:\\s*.{1,200}", ResidueKind.NAVIGATION, "related link"),
      LineRule.of("\\(\\s*" + LABEL + "\\s*:.{1,160}\\)", ResidueKind.NAVIGATION, "related link"),
      LineRule.of(".{10,300}(…|\\.\\.\\.) ?read more", ResidueKind.NAVIGATION, "teaser").needing("read more"),
      LineRule.of("read more\\s+(?-i:\\p{Lu}).{0,400}", ResidueKind.NAVIGATION, "teaser"),
      LineRule.of("(?-i:(NEWS )?(ANALYSIS|OPINION|COMMENTARY|EDITORIAL|EXCLUSIVE|PERSPECTIVE)"
          + "(/(ANALYSIS|OPINION|COMMENTARY))?):", ResidueKind.OTHER, "kicker"),
      LineRule.of("write to .{1,80} at [\\w.-]+@[\\w.-]+.{0,120}", ResidueKind.BOILERPLATE, "contact line").needing("@"),
      LineRule.of("image (copyright|caption) .{0,250}", ResidueKind.BOILERPLATE, "photo caption"),
      LineRule.of("(read|see) more (of|from|at|on|about) [^.:]{1,100}:", ResidueKind.NAVIGATION, "related links")
          .openingList(),
      LineRule.of("read more (of|from|at|on|about) [^.]{1,100}\\.?", ResidueKind.NAVIGATION, "related link"),
      LineRule.of("(next|prev|previous)?\\s*(image|photo|slide) \\d+ of \\d+", ResidueKind.NAVIGATION, "gallery"),
      LineRule.of("\\(?(photo|photograph|photographer|image|illustration|credit|photo credit)( by)?\\s*:.{1,80}\\)?",
          ResidueKind.BOILERPLATE, "photo credit"),
      LineRule.of("\\([^()]{0,80}(/|\\bphoto\\b)[^()]{0,80}\\)( More)?", ResidueKind.BOILERPLATE, "photo credit"),
      LineRule.of("[\\p{Lu}][\\p{L}.' -]{1,40}/" + AGENCY, ResidueKind.BOILERPLATE, "photo credit"),
      LineRule.of("(copyright|©|\\(c\\) \\d{4}).{0,300}", ResidueKind.BOILERPLATE, "copyright line"),
      LineRule.of(".{0,200}\\ball rights reserved\\b.{0,200}", ResidueKind.BOILERPLATE, "copyright line")
          .needing("all rights reserved"),
      LineRule.of("(?-i:(NEWS )?(ANALYSIS|OPINION|COMMENTARY|EDITORIAL|EXCLUSIVE|PERSPECTIVE))", ResidueKind.OTHER,
          "kicker"),
      LineRule.of(TEASER_END, ResidueKind.NAVIGATION, "teaser").needing("read more"),
      LineRule.of("read or share this story:\\s*\\S{1,300}", ResidueKind.BOILERPLATE, "share prompt"),
      // contributor lines name the reporters, not the story's people; they would become entities (issue 3)
      LineRule.of("[•—–-]*\\s*" + ONE_SENTENCE + "\\bcontributed (reporting|to (this|the) (report|article|story)|from "
          + "(?-i:\\p{Lu})[^.]{0,80})[^.]{0,80}\\.?", ResidueKind.BOILERPLATE, "contributor line").needing("contributed"),
      LineRule.of("[•—–-]*\\s*(reporters?|staff writers?) [^.]{1,80} contributed\\.?", ResidueKind.BOILERPLATE,
          "contributor line").needing("contributed"),
      LineRule.of("[•—–-]*\\s*with assistance (by|from) [^.]{1,250}\\.?", ResidueKind.BOILERPLATE, "contributor line"),
      LineRule.of("[•—–-]*\\s*(additional )?reporting by [^.]{1,200}(;|\\bediting by\\b)[^.]{0,200}\\.?",
          ResidueKind.BOILERPLATE, "contributor line").needing("reporting by"),
      // the first sentence must hold the contact, so that an author's bio before it stays (see InlineFragments)
      LineRule.of("(?=.*[\\w.-]+@[\\w-]+\\.\\w)(?=[^.!?]*(\\d{3}[-.]\\d{3}[-.]\\d{4}|twitter: ?@|(contact|reach|e-?mail) "
          + "(this|the) (reporter|author|writer))).{0,400}", ResidueKind.BOILERPLATE, "contact line").needing("@"),
      LineRule.of(NOT_REPORTED + "(?=.*\\b(are you|do you (have|know|work)|have you)\\b[^?]*\\?)(?=.*\\b(this form|fill out|contact (this|the) "
          + "reporter|contact us|e-?mail us|let us know|reach out to us)\\b).{0,420}", ResidueKind.NAVIGATION,
          "reader callout").needing("form", "contact", "mail us", "let us know", "reach out"),
      LineRule.of("(?-i:CLOSE \\p{Lu}).{10,420}", ResidueKind.OTHER, "video caption").needing("close "),
      LineRule.of("(this (article|story|post) (is )?)?(tagged( under| with)?|tags|topics|filed under)\\s*:.{0,200}",
          ResidueKind.NAVIGATION, "tags").openingList(),
      LineRule.of("\\(\\s*" + AGENCY + "( file)?( photo)?\\s*\\)", ResidueKind.BOILERPLATE, "photo credit"),
      LineRule.of("(<!--?|<!–|//–>|//-->|-->)\\S{0,20}", ResidueKind.OTHER, "markup"));

  private LineRules() {}
}
