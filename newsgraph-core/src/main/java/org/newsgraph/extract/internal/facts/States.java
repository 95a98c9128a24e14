package org.newsgraph.extract.internal.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The US states and their usual abbreviations (AP style and postal), as general knowledge. */
final class States {

  private static final String[][] STATES = {
      {"Alabama", "Ala.", "AL"}, {"Alaska", "Alaska", "AK"}, {"Arizona", "Ariz.", "AZ"},
      {"Arkansas", "Ark.", "AR"}, {"California", "Calif.", "CA"}, {"Colorado", "Colo.", "CO"},
      {"Connecticut", "Conn.", "CT"}, {"Delaware", "Del.", "DE"}, {"Florida", "Fla.", "FL"},
      {"Georgia", "Ga.", "GA"}, {"Hawaii", "Hawaii", "HI"}, {"Idaho", "Idaho", "ID"},
      {"Illinois", "Ill.", "IL"}, {"Indiana", "Ind.", "IN"}, {"Iowa", "Iowa", "IA"},
      {"Kansas", "Kan.", "KS"}, {"Kentucky", "Ky.", "KY"}, {"Louisiana", "La.", "LA"},
      {"Maine", "Maine", "ME"}, {"Maryland", "Md.", "MD"}, {"Massachusetts", "Mass.", "MA"},
      {"Michigan", "Mich.", "MI"}, {"Minnesota", "Minn.", "MN"}, {"Mississippi", "Miss.", "MS"},
      {"Missouri", "Mo.", "MO"}, {"Montana", "Mont.", "MT"}, {"Nebraska", "Neb.", "NE"},
      {"Nevada", "Nev.", "NV"}, {"New Hampshire", "N.H.", "NH"}, {"New Jersey", "N.J.", "NJ"},
      {"New Mexico", "N.M.", "NM"}, {"New York", "N.Y.", "NY"}, {"North Carolina", "N.C.", "NC"},
      {"North Dakota", "N.D.", "ND"}, {"Ohio", "Ohio", "OH"}, {"Oklahoma", "Okla.", "OK"},
      {"Oregon", "Ore.", "OR"}, {"Pennsylvania", "Pa.", "PA"}, {"Rhode Island", "R.I.", "RI"},
      {"South Carolina", "S.C.", "SC"}, {"South Dakota", "S.D.", "SD"}, {"Tennessee", "Tenn.", "TN"},
      {"Texas", "Texas", "TX"}, {"Utah", "Utah", "UT"}, {"Vermont", "Vt.", "VT"},
      {"Virginia", "Va.", "VA"}, {"Washington", "Wash.", "WA"}, {"West Virginia", "W.Va.", "WV"},
      {"Wisconsin", "Wis.", "WI"}, {"Wyoming", "Wyo.", "WY"}};

  private static final Map<String, String> BY_FORM = new HashMap<>();

  static {
    for (String[] s : STATES) {
      for (String form : s) {
        BY_FORM.put(form.toLowerCase(Locale.ROOT), s[0]);
        BY_FORM.put(form.toLowerCase(Locale.ROOT).replace(".", ""), s[0]);
      }
    }
    BY_FORM.put("w. va.", "West Virginia");
    BY_FORM.put("pa", "Pennsylvania");
    BY_FORM.put("tex.", "Texas");
    BY_FORM.put("tex", "Texas");
    BY_FORM.put("calif", "California");
    BY_FORM.put("mass", "Massachusetts");
  }

  private States() {}

  /** The state a name or abbreviation stands for ("Ala." → Alabama). */
  static Optional<String> of(String form) {
    return Optional.ofNullable(BY_FORM.get(form.strip().toLowerCase(Locale.ROOT)));
  }

  /** The state a full name stands for, abbreviations not accepted (to avoid "me", "in", "or"). */
  static Optional<String> byName(String name) {
    for (String[] s : STATES) {
      if (s[0].equalsIgnoreCase(name.strip())) {
        return Optional.of(s[0]);
      }
    }
    return Optional.empty();
  }
}
