package org.newsgraph.extract.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles compare across articles (issue 7). */
class OfficesTest {

  private static String role(String phrase) {
    return Titles.trimmed(List.of(phrase.split(" "))).map(Role::name).orElse("(none)");
  }

  @Test
  void attorneyGeneralInItsFormsIsOneOffice() {
    assertThat(List.of(role("attorney general"), role("AG"), role("his first attorney general"),
        role("former Attorney General"))).containsOnly("Attorney General");
  }

  @Test
  void statesQualifyOfficesThatHaveThem() {
    assertThat(role("Alabama Secretary of State")).isEqualTo("Secretary of State, Alabama");
    assertThat(role("Republican attorney general of Oklahoma")).isEqualTo("Attorney General, Oklahoma");
    assertThat(role("state Rep.")).isEqualTo("State Representative");
    assertThat(role("conservative Rep.")).isEqualTo("U.S. Representative");
    assertThat(role("the neighboring state 's senator")).isEqualTo("U.S. Senator");
  }

  @Test
  void candidateTitlesNameTheOfficeSought() {
    assertThat(Titles.trimmed(List.of("Republican", "presidential", "nominee")))
        .hasValue(new Role("President", Role.Kind.CANDIDATE));
    assertThat(Titles.trimmed(List.of("Democratic", "vice", "presidential", "nominee")))
        .hasValue(new Role("Vice President", Role.Kind.CANDIDATE));
  }

  @Test
  void lowerRanksKeepTheirRankWords() {
    assertThat(role("former deputy assistant attorney general")).isEqualTo("Deputy Assistant Attorney General");
    assertThat(role("assistant director")).isEqualTo("Assistant Director");
    assertThat(role("vice chairman")).isEqualTo("Vice Chair");
    assertThat(role("deputy chief of staff")).isEqualTo("Deputy Chief of Staff");
    assertThat(role("associate justice")).isEqualTo("Associate Justice");
  }

  @Test
  void viceIsPartOfTheVicePresidency() {
    assertThat(role("vice president")).isEqualTo("Vice President");
    assertThat(role("Vice President")).isEqualTo("Vice President");
    assertThat(role("former vice president")).isEqualTo("Vice President");
  }

  @Test
  void ordinaryNounsAreNoRole() {
    assertThat(role("businessman")).isEqualTo("(none)");
    assertThat(role("eldest daughter")).isEqualTo("(none)");
  }

  @Test
  void aHomeStateSenatorIsAUsSenator() {
    assertThat(role("home - state Sen.")).isEqualTo("U.S. Senator");
    assertThat(role("home-state Sen.")).isEqualTo("U.S. Senator");
    assertThat(role("home state senator")).isEqualTo("U.S. Senator");
  }

  @Test
  void aStateDelegateIsALegislatorOnlyWhereTheLowerHouseIsAHouseOfDelegates() {
    assertThat(role("Washington state delegate")).isEqualTo("(none)");
    assertThat(role("Minnesota state delegate")).isEqualTo("(none)");
    assertThat(role("Virginia state delegate")).isEqualTo("State Representative, Virginia");
  }
}
