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
      + "The Washington Post|The New York Times|[\\p{L}. ]{0,30} via Getty Images)";

  /** Labels that introduce a link to another page: "READ MORE: ...", "( PHOTOS: ...)". */
  static final String LABEL = "(read more|read also|also read|related|related coverage|see also|full coverage|"
      + "now watch|watch|more from [^.:]{1,40}|photos|video|slideshow|listen)";

  static final List<LineRule> RULES = List.of(
      LineRule.of("(advertisement|advertisements|advertisement:|ad feedback|sponsored content|paid content)",
          ResidueKind.BOILERPLATE, "advertisement"),
      LineRule.of("((the )?(story|article|report) continues below( this)?( advertisement)?|continue reading( the)?"
          + "( main)? (story|article)( below)?|continue reading below)\\W*", ResidueKind.BOILERPLATE,
          "continuation prompt"),
      LineRule.of("(?=.{0,250}$)(?=.*\\b(sign(ing)?[ -]?up|subscribe|subscribing|register)\\b)"
          + "(?=.*\\b(newsletters?|inbox|e-?mail alerts?|briefing|updates|(biggest|top|best) stories)\\b).*",
          ResidueKind.BOILERPLATE,
          "newsletter prompt"),
      LineRule.of("manage newsletters|get our (free |weekly |daily )?newsletter.{0,120}", ResidueKind.BOILERPLATE,
          "newsletter prompt"),
      LineRule.of("(" + SHARE_WORD + "[\\s|:,·•/]*){1,12}", ResidueKind.BOILERPLATE, "share prompt"),
      LineRule.of("((follow|like|join) (us|@\\w+|[\\p{Lu}][\\p{L}.' -]{1,40}) (on|at) (twitter|facebook|instagram|"
          + "youtube|linkedin|tiktok)\\b.{0,160}|follow @\\w+\\.?|read or share this story:.{0,120})",
          ResidueKind.BOILERPLATE, "share prompt"),
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
      LineRule.of(".{10,300}(…|\\.\\.\\.) ?read more", ResidueKind.NAVIGATION, "teaser"),
      LineRule.of("write to .{1,80} at [\\w.-]+@[\\w.-]+.{0,120}", ResidueKind.BOILERPLATE, "contact line"),
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
      LineRule.of(".{0,200}\\ball rights reserved\\b.{0,200}", ResidueKind.BOILERPLATE, "copyright line"),
      LineRule.of("(<!--?|<!–|//–>|//-->|-->)\\S{0,20}", ResidueKind.OTHER, "markup"));

  private LineRules() {}
}
