package org.newsgraph.store.internal.link;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English given names and their usual short forms (general knowledge, not names of any article):
 * a person written "Bob" in one article and "Robert" in another gets the same name keys (issue 8).
 */
final class Nicknames {

  private static final String[][] GROUPS = {
      {"robert", "bob", "bobby", "rob", "robby", "bert"}, {"william", "bill", "billy", "will", "willie", "liam"},
      {"morris", "mo", "maurice"}, {"richard", "rick", "dick", "rich", "ricky"}, {"james", "jim", "jimmy", "jamie"},
      {"john", "jack", "johnny", "jon"}, {"joseph", "joe", "joey"}, {"michael", "mike", "mick", "mikey"},
      {"thomas", "tom", "tommy"}, {"charles", "charlie", "chuck", "chas"}, {"edward", "ed", "eddie", "ted", "ned"},
      {"theodore", "ted", "teddy", "theo"}, {"daniel", "dan", "danny"}, {"david", "dave", "davey"},
      {"christopher", "chris", "kit"}, {"anthony", "tony"}, {"andrew", "andy", "drew"},
      {"benjamin", "ben", "benny"}, {"nicholas", "nick", "nicky"}, {"matthew", "matt"},
      {"stephen", "steve", "steven", "stevie"}, {"steven", "steve"}, {"timothy", "tim", "timmy"},
      {"patrick", "pat", "paddy"}, {"patricia", "pat", "patty", "trish"}, {"elizabeth", "liz", "beth", "betsy", "betty", "liza", "eliza"},
      {"katherine", "kate", "kathy", "katie", "kat"}, {"catherine", "cathy", "kate", "cate"}, {"margaret", "maggie", "peggy", "meg", "marge"},
      {"jennifer", "jen", "jenny"}, {"deborah", "debbie", "deb"}, {"susan", "sue", "susie"},
      {"kenneth", "ken", "kenny"}, {"ronald", "ron", "ronnie"}, {"donald", "don", "donnie"},
      {"gerald", "gerry", "jerry"}, {"lawrence", "larry"}, {"leonard", "leo", "len", "lenny"},
      {"samuel", "sam", "sammy"}, {"alexander", "alex", "al", "sandy"}, {"albert", "al", "bert"},
      {"alfred", "al", "alf", "fred"}, {"frederick", "fred", "freddie", "rick"}, {"francis", "frank", "fran"},
      {"franklin", "frank"}, {"gregory", "greg"}, {"harold", "hal", "harry"}, {"henry", "hank", "harry"},
      {"jeffrey", "jeff"}, {"jefferson", "jeff"}, {"joshua", "josh"}, {"kimberly", "kim"},
      {"louis", "lou"}, {"mitchell", "mitch"}, {"nathaniel", "nate", "nat"}, {"peter", "pete"},
      {"phillip", "phil"}, {"philip", "phil"}, {"raymond", "ray"}, {"ronald", "ron"}, {"russell", "russ"},
      {"walter", "walt", "wally"}, {"zachary", "zach", "zack"}, {"abraham", "abe"}, {"randolph", "randy"},
      {"randall", "randy"}, {"douglas", "doug"}, {"eugene", "gene"}, {"herbert", "herb"}, {"vincent", "vince"},
      {"valerie", "val"}, {"victoria", "vicky", "tori"}, {"rebecca", "becky"}, {"suzanne", "sue", "suzy"},
      {"cynthia", "cindy"}, {"barbara", "barb"}, {"christine", "chris", "chrissy"}, {"jacqueline", "jackie"},
      {"mitchel", "mitch"}, {"gordon", "gordy"}, {"terrence", "terry"}, {"terence", "terry"}, {"augustus", "gus"},
      {"bernard", "bernie"}, {"marcus", "marc", "mark"}, {"ernest", "ernie"}, {"clifford", "cliff"},
      {"dennis", "denny"}, {"dwight", "ike"}, {"newton", "newt"}};

  private static final Map<String, Set<String>> VARIANTS = build();

  private Nicknames() {}

  /** The name itself and every variant of it, the name first. */
  static Set<String> variants(String given) {
    Set<String> out = new LinkedHashSet<>();
    out.add(given);
    out.addAll(VARIANTS.getOrDefault(given, Set.of()));
    return out;
  }

  private static Map<String, Set<String>> build() {
    Map<String, Set<String>> map = new HashMap<>();
    for (String[] group : GROUPS) {
      List<String> names = List.of(group);
      for (String name : names) {
        // a short form maps to every formal name it abbreviates; a formal name to its short forms
        Set<String> set = map.computeIfAbsent(name, k -> new LinkedHashSet<>());
        if (name.equals(group[0])) {
          names.stream().filter(n -> !n.equals(name)).forEach(set::add);
        } else {
          set.add(group[0]);
        }
      }
    }
    return map;
  }
}
