package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GazetteerTest {

  /** Labels after the gazetteer ran over "word/TAG/NER" tokens. */
  private static String label(Gazetteer g, String sentence) {
    String[] tokens = sentence.split(" ");
    String[] words = new String[tokens.length];
    String[] tags = new String[tokens.length];
    String[] ner = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String[] parts = tokens[i].split("/");
      words[i] = parts[0];
      tags[i] = parts[1];
      ner[i] = parts[2];
    }
    g.label(words, tags, ner);
    return String.join(" ", ner);
  }

  private static Gazetteer caseless(String... lines) {
    Gazetteer.Builder b = Gazetteer.builder().validTags(FineGazetteer.VALID_TAGS);
    for (String line : lines) {
      b.add(line, true);
    }
    return b.build();
  }

  @Test
  void labelsAMultiWordTitleWhateverItsCase() {
    Gazetteer g = caseless("attorney general\tTITLE\tMISC\t1");
    assertThat(label(g, "Former/JJ/O Attorney/NNP/O General/NNP/O Jeff/NNP/PERSON Sessions/NNP/PERSON"))
        .isEqualTo("O TITLE TITLE PERSON PERSON");
  }

  @Test
  void prefersTheLongerOfTwoOverlappingMatches() {
    Gazetteer g = caseless("new york\tSTATE_OR_PROVINCE\tMISC\t1", "new york city\tCITY\tLOCATION\t1");
    assertThat(label(g, "in/IN/O New/NNP/LOCATION York/NNP/LOCATION City/NNP/LOCATION")).isEqualTo("O CITY CITY CITY");
  }

  @Test
  void prefersTheHigherPriorityOverTheLonger() {
    Gazetteer g = caseless("secretary of .*\tTITLE\tMISC\t3", "of state department\tORGANIZATION\tMISC\t1");
    assertThat(label(g, "the/DT/O Secretary/NNP/O of/IN/O State/NNP/O Department/NNP/O"))
        .isEqualTo("O TITLE TITLE TITLE O");
  }

  @Test
  void breaksTiesAsCoreNlpTriesTheEntries() {
    // equal priority and length: the entry whose trigger word (its longest literal) comes first wins
    Gazetteer g = caseless("vice chair\tTITLE\tMISC\t1", "chair emeritus\tRELIGION\tMISC\t1");
    assertThat(label(g, "the/DT/O vice/NN/O chair/NN/O emeritus/NN/O")).isEqualTo("O TITLE TITLE O");
    assertThat(label(g, "emeritus/NN/O vice/NN/O chair/NN/O emeritus/NN/O")).isEqualTo("O O RELIGION RELIGION");
    // the same trigger word: the entry read first
    Gazetteer k = caseless("vice chairman\tTITLE\tMISC\t1", "chairman emeritus\tRELIGION\tMISC\t1");
    assertThat(label(k, "emeritus/NN/O vice/NN/O chairman/NN/O emeritus/NN/O")).isEqualTo("O TITLE TITLE O");
  }

  @Test
  void neverCutsAcrossAnEntityTheModelFound() {
    Gazetteer g = caseless("america\tCOUNTRY\tLOCATION\t1");
    assertThat(label(g, "Bank/NNP/ORGANIZATION of/IN/ORGANIZATION America/NNP/ORGANIZATION"))
        .isEqualTo("ORGANIZATION ORGANIZATION ORGANIZATION");
  }

  @Test
  void refinesALocationButLeavesAPersonAlone() {
    Gazetteer g = caseless("georgia\tSTATE_OR_PROVINCE\tMISC\t1");
    assertThat(label(g, "in/IN/O Georgia/NNP/LOCATION")).isEqualTo("O STATE_OR_PROVINCE");
    assertThat(label(g, "Georgia/NNP/PERSON said/VBD/O")).isEqualTo("PERSON O");
    assertThat(label(g, "Georgia/NNP/O said/VBD/O")).isEqualTo("STATE_OR_PROVINCE O");
  }

  @Test
  void aCityReplacesOnlyTheLabelsItNames() {
    Gazetteer g = caseless("paris\tCITY\tLOCATION\t1", "springfield\tCITY\tMISC\t1");
    assertThat(label(g, "Paris/NNP/O Springfield/NNP/O")).isEqualTo("O O");
    assertThat(label(g, "Paris/NNP/LOCATION")).isEqualTo("CITY");
  }

  @Test
  void needsOneTokenWithANounOrAdjectiveTag() {
    Gazetteer g = caseless("sessions\tTITLE\tMISC\t1");
    assertThat(label(g, "it/PRP/O sessions/VBZ/O")).isEqualTo("O O");
    assertThat(label(g, "the/DT/O sessions/NNS/O")).isEqualTo("O TITLE");
  }

  @Test
  void casedEntriesMatchOnlyTheirCaseAndSimpleRegexesTheirSpellings() {
    Gazetteer g = Gazetteer.builder().validTags(FineGazetteer.VALID_TAGS)
        .add("US\tCOUNTRY\tLOCATION\t1", false).add("Calif\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1", false).build();
    assertThat(label(g, "told/VBD/O us/NN/O")).isEqualTo("O O");
    assertThat(label(g, "the/DT/O US/NNP/O")).isEqualTo("O COUNTRY");
    assertThat(label(g, "Calif./NNP/O Calif/NNP/O calif/NNP/O")).isEqualTo("STATE_OR_PROVINCE STATE_OR_PROVINCE O");
  }

  @Test
  void aLaterDuplicateCountsOnlyWithAHigherPriority() {
    assertThat(label(caseless("white house\tTITLE\tMISC\t2", "White House\tCITY\tMISC\t1"), "White/NNP/O House/NNP/O"))
        .isEqualTo("TITLE TITLE");
    assertThat(label(caseless("white house\tTITLE\tMISC\t1", "White House\tRELIGION\tMISC\t2"), "White/NNP/O House/NNP/O"))
        .isEqualTo("RELIGION RELIGION");
  }

  @Test
  void skipsMalformedLinesAndCountsThem() {
    Gazetteer.Builder b = Gazetteer.builder().add("no type", true).add("x\tTITLE\tMISC\tnot-a-number", true)
        .add("( /a/ /b/ )\tTITLE", true).add("fine\tTITLE\tMISC\t1", true);
    assertThat(b.skipped()).isEqualTo(3);
    assertThat(b.build().size()).isEqualTo(1);
  }

  @Test
  void refusesArraysOfDifferentLengths() {
    assertThatThrownBy(() -> caseless("a\tTITLE").label(new String[2], new String[1], new String[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one element per token");
  }

  @Test
  void expandsOnlyRegexesWithFewSpellings() {
    assertThat(TokenPattern.Spellings.of("Ala\\.?", 64)).hasValue(java.util.List.of("Ala.", "Ala"));
    assertThat(TokenPattern.Spellings.of("P[Aa]", 64)).hasValue(java.util.List.of("PA", "Pa"));
    assertThat(TokenPattern.Spellings.of("rigdonite|rigdonites", 64)).hasValue(java.util.List.of("rigdonite", "rigdonites"));
    assertThat(TokenPattern.Spellings.of(".*", 64)).isEmpty();
    assertThat(TokenPattern.Spellings.of("\\w+", 64)).isEmpty();
    assertThat(TokenPattern.Spellings.of("[a-z]", 64)).isEmpty();
    assertThat(TokenPattern.of("pvt.", true).isRegex()).isTrue();
    assertThat(TokenPattern.of("pvt.", true).matches("Pvt,", "pvt,")).isTrue();
  }
}
