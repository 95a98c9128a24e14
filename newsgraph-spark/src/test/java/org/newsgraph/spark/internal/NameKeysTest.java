package org.newsgraph.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void ignoresCaseAccentsPunctuationPossessivesAndSuffixes() {
    assertThat(NameKeys.of("PERSON", "José Ramírez")).contains("PERSON:jose ramirez");
    assertThat(NameKeys.of("PERSON", "JOSE RAMIREZ'S")).contains("PERSON:jose ramirez");
    assertThat(NameKeys.of("PERSON", "Martin Luther King Jr.")).contains("PERSON:martin luther king");
    assertThat(NameKeys.of("ORGANIZATION", "U.S. Senate")).contains("ORGANIZATION:u s senate");
  }

  @Test
  void keepsTypesAndShortNamesApart() {
    assertThat(NameKeys.of("PERSON", "Jordan")).isNotEqualTo(NameKeys.of("LOCATION", "Jordan"));
    assertThat(NameKeys.of("PERSON", "Sessions")).isNotEqualTo(NameKeys.of("PERSON", "Jeff Sessions"));
  }

  @Test
  void aNameWithoutLettersHasNoKey() {
    assertThat(NameKeys.of("PERSON", " -- ")).isEmpty();
  }
}
