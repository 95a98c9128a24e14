package org.newsgraph.store.internal.pack;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** US states and territories: postal codes, full names and AP-style abbreviations (general knowledge). */
public final class UsStates {

  private static final String[][] STATES = {
      {"AL", "Alabama", "Ala"}, {"AK", "Alaska", "Alaska"}, {"AZ", "Arizona", "Ariz"}, {"AR", "Arkansas", "Ark"},
      {"CA", "California", "Calif"}, {"CO", "Colorado", "Colo"}, {"CT", "Connecticut", "Conn"},
      {"DE", "Delaware", "Del"}, {"FL", "Florida", "Fla"}, {"GA", "Georgia", "Ga"}, {"HI", "Hawaii", "Hawaii"},
      {"ID", "Idaho", "Idaho"}, {"IL", "Illinois", "Ill"}, {"IN", "Indiana", "Ind"}, {"IA", "Iowa", "Iowa"},
      {"KS", "Kansas", "Kan"}, {"KY", "Kentucky", "Ky"}, {"LA", "Louisiana", "La"}, {"ME", "Maine", "Maine"},
      {"MD", "Maryland", "Md"}, {"MA", "Massachusetts", "Mass"}, {"MI", "Michigan", "Mich"},
      {"MN", "Minnesota", "Minn"}, {"MS", "Mississippi", "Miss"}, {"MO", "Missouri", "Mo"},
      {"MT", "Montana", "Mont"}, {"NE", "Nebraska", "Neb"}, {"NV", "Nevada", "Nev"}, {"NH", "New Hampshire", "NH"},
      {"NJ", "New Jersey", "NJ"}, {"NM", "New Mexico", "NM"}, {"NY", "New York", "NY"},
      {"NC", "North Carolina", "NC"}, {"ND", "North Dakota", "ND"}, {"OH", "Ohio", "Ohio"},
      {"OK", "Oklahoma", "Okla"}, {"OR", "Oregon", "Ore"}, {"PA", "Pennsylvania", "Pa"},
      {"RI", "Rhode Island", "RI"}, {"SC", "South Carolina", "SC"}, {"SD", "South Dakota", "SD"},
      {"TN", "Tennessee", "Tenn"}, {"TX", "Texas", "Texas"}, {"UT", "Utah", "Utah"}, {"VT", "Vermont", "Vt"},
      {"VA", "Virginia", "Va"}, {"WA", "Washington", "Wash"}, {"WV", "West Virginia", "WVa"},
      {"WI", "Wisconsin", "Wis"}, {"WY", "Wyoming", "Wyo"}, {"DC", "District of Columbia", "DC"},
      {"PR", "Puerto Rico", "PR"}, {"GU", "Guam", "Guam"}, {"VI", "Virgin Islands", "VI"}};

  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> BY_ABBREVIATION = new HashMap<>();

  static {
    for (String[] s : STATES) {
      BY_NAME.put(s[1].toLowerCase(Locale.ROOT), s[0]);
      BY_ABBREVIATION.put(s[2].toLowerCase(Locale.ROOT), s[0]);
      BY_ABBREVIATION.put(s[0].toLowerCase(Locale.ROOT), s[0]);
    }
  }

  private UsStates() {}

  /** The postal code of a state's full name ("Alabama" gives AL). */
  public static Optional<String> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** The postal code of an abbreviation as in "R-Ala." or "D-N.Y." (dots ignored), or of a postal code. */
  public static Optional<String> byAbbreviation(String abbreviation) {
    return Optional.ofNullable(BY_ABBREVIATION.get(abbreviation.replace(".", "").strip().toLowerCase(Locale.ROOT)));
  }
}
