package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class SpeakerRankerTest {

  private static final String TEXT = "Byrne met Jones in Mobile.";

  private static SpeakerCandidates.Candidate candidate(int start, int end, String... features) {
    return new SpeakerCandidates.Candidate(0, Span.of(TEXT, start, end), List.of(features));
  }

  private final SpeakerCandidates.Candidate rule = candidate(0, 5, "r=rule", "rel=nsubj", "speechHead|nsubj");
  private final SpeakerCandidates.Candidate object = candidate(10, 15, "r=other", "rel=obj");
  private final SpeakerCandidates.Candidate place = candidate(19, 25, "r=other", "rel=obl", "ner=OTHER");

  @Test
  void choosesTheCandidateWhoseFeaturesWeighMost() {
    var ranker = new SpeakerRanker(Map.of("rel=obj", 2.0, "r=rule", 1.0, "rel=obl", -1.0));
    assertThat(ranker.best(List.of(rule, object, place))).isEqualTo(object);
    assertThat(ranker.score(object)).isEqualTo(2.0);
  }

  @Test
  void keepsTheRulesChoiceOnATie() {
    var ranker = new SpeakerRanker(Map.of());
    assertThat(ranker.best(List.of(rule, object, place))).isEqualTo(rule);
  }

  @Test
  void theShippedModelPrefersTheSubjectOfASpeechVerbToAPlace() {
    var ranker = SpeakerRanker.standard();
    assertThat(ranker.score(rule)).isGreaterThan(ranker.score(place));
    assertThat(ranker.best(List.of(rule, place))).isEqualTo(rule);
  }

  @Test
  void theShippedModelPrefersAPersonNounToAThingInTheSamePlace() {
    var ranker = SpeakerRanker.standard();
    var spokesman = candidate(0, 5, "r=other", "rel=nsubj", "pos=NN", "word=spokesman");
    var story = candidate(10, 15, "r=other", "rel=nsubj", "pos=NN", "word=story");
    assertThat(ranker.best(List.of(story, spokesman))).isEqualTo(spokesman);
  }
}
