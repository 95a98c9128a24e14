package org.newsgraph.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NameGroupTest {

  private static NameRow row(String name, String article, int mentions) {
    return new NameRow(NameKeys.of("PERSON", name).orElseThrow(), "PERSON", name, article, mentions);
  }

  @Test
  void countsArticlesAndMentionsAndNamesTheGroupByItsCommonestForm() throws Exception {
    NameGroup left = new NameGroup().add(row("Maria Lopez", "a1", 3)).add(row("MARIA LOPEZ", "a2", 1));
    NameGroup right = new NameGroup().add(row("Maria Lopez", "a3", 2));
    JsonNode json = new ObjectMapper().readTree(left.merge(right).merge(new NameGroup()).toJson());
    assertThat(json.get("key").asText()).isEqualTo("PERSON:maria lopez");
    assertThat(json.get("name").asText()).isEqualTo("Maria Lopez");
    assertThat(json.get("articles").asLong()).isEqualTo(3);
    assertThat(json.get("mentions").asLong()).isEqualTo(6);
    assertThat(json.get("variants")).extracting(JsonNode::asText).containsExactly("MARIA LOPEZ", "Maria Lopez");
    assertThat(json.get("sampleArticles")).extracting(JsonNode::asText).containsExactly("a1", "a2", "a3");
  }

  @Test
  void keepsOnlyASampleOfArticleIds() {
    NameGroup group = new NameGroup();
    for (int i = 0; i < 50; i++) {
      group.add(row("Maria Lopez", String.format("a%02d", i), 1));
    }
    assertThat(group.articles()).isEqualTo(50);
    assertThat(group.toJson()).contains("\"a09\"").doesNotContain("\"a10\"");
  }
}
