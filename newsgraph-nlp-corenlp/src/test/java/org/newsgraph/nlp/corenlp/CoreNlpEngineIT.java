package org.newsgraph.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.analyse.TimeMention;
import org.newsgraph.analyse.Token;

class CoreNlpEngineIT {

  private static String seed;
  private static Analysis analysis;

  @BeforeAll
  static void analyseSeed() throws IOException {
    String file = Files.readString(SharedEngine.seed());
    seed = file.substring(file.indexOf("Former Attorney General"));
    analysis = SharedEngine.get().analyse(seed, Optional.of(LocalDate.of(2019, 10, 29)));
  }

  @Test
  void tokensCarryOffsetsIntoTheText() {
    assertThat(analysis.tokens()).hasSizeGreaterThan(900);
    for (Token t : analysis.tokens()) {
      String surface = seed.substring(t.start(), t.end());
      assertThat(surface).as("token %s", t).isNotBlank();
    }
    assertThat(analysis.tokens()).filteredOn(t -> t.word().equals("Sessions")).isNotEmpty()
        .allSatisfy(t -> assertThat(seed.substring(t.start(), t.end())).isEqualTo("Sessions"));
  }

  @Test
  void sentencesCoverTheirTokensInOrder() {
    int previous = 0;
    for (var s : analysis.sentences()) {
      assertThat(s.firstToken()).isEqualTo(previous);
      assertThat(analysis.tokens().get(s.firstToken()).start()).isEqualTo(s.start());
      previous = s.endToken();
    }
    assertThat(previous).isEqualTo(analysis.tokens().size());
  }

  @Test
  void normalisesRelativeTimesAgainstTheDocumentDate() {
    List<TimeMention> times = analysis.times();
    assertThat(times).anySatisfy(t -> {
      assertThat(seed.substring(t.start(), t.end())).isEqualTo("Monday");
      assertThat(t.value()).isEqualTo("2019-10-28");
    });
    assertThat(times).anySatisfy(t -> {
      assertThat(seed.substring(t.start(), t.end())).isEqualTo("last November");
      assertThat(t.value()).isEqualTo("2018-11");
    });
  }

  @Test
  void findsPeopleAndTitlesWithTokenRanges() {
    List<NamedSpan> people = analysis.names().stream().filter(n -> n.type().equals("PERSON")).toList();
    assertThat(people).extracting(n -> seed.substring(n.start(), n.end())).contains("Jeff Sessions", "Tommy Tuberville");
    for (NamedSpan n : analysis.names()) {
      assertThat(analysis.tokens().get(n.firstToken()).start()).isEqualTo(n.start());
      assertThat(analysis.tokens().get(n.endToken() - 1).end()).isEqualTo(n.end());
    }
    assertThat(analysis.tokens()).anySatisfy(t -> assertThat(t.ner()).isEqualTo("TITLE"));
  }

  @Test
  void parsesDependenciesWithinEachSentence() {
    for (Token t : analysis.tokens()) {
      if (t.head() >= 0) {
        assertThat(analysis.tokens().get(t.head()).sentence()).isEqualTo(t.sentence());
      }
    }
    Token endorsed = analysis.tokens().stream().filter(t -> t.word().equals("endorsed")).findFirst().orElseThrow();
    Token subject = analysis.tokens().stream()
        .filter(t -> t.head() == analysis.tokens().indexOf(endorsed) && t.relation().equals("nsubj"))
        .findFirst().orElseThrow();
    assertThat(subject.word()).isEqualTo("Brooks");
  }
}
