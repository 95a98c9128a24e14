package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FineGazetteerTest {

  @Test
  void dropsCitiesThatOnlyTagUntaggedWords() {
    assertThat(FineGazetteer.keep("tamworth\tCITY\tMISC\t1")).isFalse();
    assertThat(FineGazetteer.keep("dallas-born\tCITY\tMISC\t1")).isFalse();
    assertThat(FineGazetteer.keep("nowhere\tCITY")).isFalse();
  }

  @Test
  void keepsCitiesThatRefineALocationAndEveryOtherType() {
    assertThat(FineGazetteer.keep("andorra la vella\tCITY\tLOCATION\t3")).isTrue();
    assertThat(FineGazetteer.keep("attorney general\tTITLE\tMISC\t1")).isTrue();
    assertThat(FineGazetteer.keep("alabama\tSTATE_OR_PROVINCE\tMISC\t1")).isTrue();
    assertThat(FineGazetteer.keep("french\tNATIONALITY\tMISC,COUNTRY,LOCATION\t1")).isTrue();
    assertThat(FineGazetteer.keep("malformed line")).isTrue();
    assertThat(FineGazetteer.keep("citymore\tCITY_HALL\tMISC\t1")).isTrue();
  }

  @Test
  void namesTheLeanFileBeforeCoreNlpsCasedOne() {
    String mapping = FineGazetteer.mapping();
    assertThat(mapping).startsWith("ignorecase=true,validpospattern=(NN|JJ|ADD).*,").endsWith(";" + FineGazetteer.CASED);
  }

  @Test
  void loadsTheLeanGazetteerFromCoreNlpsModelsJar() {
    Gazetteer g = FineGazetteer.load();
    assertThat(g.size()).isBetween(90_000, 110_000);
    String[] ner = {"O", "O", "O"};
    g.label(new String[] {"the", "Attorney", "General"}, new String[] {"DT", "NNP", "NNP"}, ner);
    assertThat(ner).containsExactly("O", "TITLE", "TITLE");
  }

  @Test
  void refusesAnAnnotatorItDoesNotKnow() {
    assertThatThrownBy(() -> ParallelLoader.load(List.of("coref"), new Properties()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coref");
  }
}
