package org.newsgraph.resolve.internal.time;

import java.util.Optional;

/** A unit of time as TIMEX3 durations write it. */
public enum Unit {
  SECOND("second", true, "S", 1),
  MINUTE("minute", true, "M", 1),
  HOUR("hour", true, "H", 1),
  DAY("day", false, "D", 1),
  WEEK("week", false, "W", 1),
  MONTH("month", false, "M", 1),
  QUARTER("quarter", false, "Q", 1),
  YEAR("year", false, "Y", 1),
  // TimeBank and SUTime write decades and centuries in years ("the past decade" is P10Y)
  DECADE("decade", false, "Y", 10),
  CENTURY("century", false, "Y", 100);

  private final String word;
  private final boolean timeOfDay;
  private final String letter;
  private final int factor;

  Unit(String word, boolean timeOfDay, String letter, int factor) {
    this.word = word;
    this.timeOfDay = timeOfDay;
    this.letter = letter;
    this.factor = factor;
  }

  /** The unit a singular unit word names ("year", "yr", "hr", "min"; "centurie" for "centuries"). */
  static Optional<Unit> of(String singular) {
    String w = switch (singular) {
      case "yr" -> "year";
      case "hr" -> "hour";
      case "min" -> "minute";
      case "sec" -> "second";
      case "centurie" -> "century";
      default -> singular;
    };
    for (Unit u : values()) {
      if (u.word.equals(w)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** The TIMEX3 duration of {@code count} of this unit ("P3Y", "PT5H"). */
  public String duration(int count) {
    return "P" + (timeOfDay ? "T" : "") + count * factor + letter;
  }

  /** The TIMEX3 duration of a fractional {@code count} ("2.5") of this unit: "P2.5Y"; decades "P25Y". */
  public String duration(java.math.BigDecimal count) {
    java.math.BigDecimal n = count.multiply(java.math.BigDecimal.valueOf(factor)).stripTrailingZeros();
    return "P" + (timeOfDay ? "T" : "") + n.toPlainString() + letter;
  }

  /**
   * The TIMEX3 duration of {@code count} and a half of this unit, the half written in the next
   * smaller unit where TIMEX3 has one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M, "a minute and
   * a half" PT1M30S (issue 6, as TimeBank writes them); "two and a half decades" P25Y.
   */
  public String andAHalf(int count) {
    return switch (this) {
      case YEAR -> "P" + count + "Y6M";
      case DAY -> "P" + count + "DT12H";
      case HOUR -> "PT" + count + "H30M";
      case MINUTE -> "PT" + count + "M30S";
      default -> duration(java.math.BigDecimal.valueOf(count).add(new java.math.BigDecimal("0.5")));
    };
  }

  /**
   * The TIMEX3 duration of an unknown number of this unit ("PXY", "PTXH"); "centuries" is PXC, as
   * TimeML writes an unknown count of centuries (issue 6: counted ones stay in years, "P200Y").
   */
  public String vagueDuration() {
    if (this == CENTURY) {
      return "PXC";
    }
    return "P" + (timeOfDay ? "T" : "") + "X" + letter;
  }
}
