package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.CollectingSink;

/** Streams (files of a distributed file system, issue 12) read like local files. */
class InputTest {

  private static Input stream(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return Input.stream(name, () -> new ByteArrayInputStream(bytes));
  }

  @Test
  void aStreamIsReadByTheFileTypeOfItsName() {
    CollectingSink sink = new CollectingSink();
    new Readers().read(stream("hdfs://nn/news/a.jsonl", "{\"text\":\"One.\",\"date\":\"2020-01-02\"}\n{bad\n"),
        ReadOptions.defaults(), sink);
    assertThat(sink.articles).extracting(a -> a.source()).containsExactly("hdfs://nn/news/a.jsonl#1");
    assertThat(sink.articles.get(0).published()).contains(LocalDate.of(2020, 1, 2));
    assertThat(sink.problems).extracting(Problem::input, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hdfs://nn/news/a.jsonl#2", "invalid-json"));
  }

  @Test
  void aDatedTextStreamTakesTheDateFromItsName() {
    CollectingSink sink = new CollectingSink();
    new Readers().read(stream("s3a://b/2019-10-29_story.TXT", "The mayor spoke."), ReadOptions.defaults(), sink);
    assertThat(sink.articles).singleElement().satisfies(a -> {
      assertThat(a.published()).contains(LocalDate.of(2019, 10, 29));
      assertThat(a.text()).isEqualTo("The mayor spoke.");
    });
  }

  @Test
  void aStreamIsNotStandardInputAndNamesItsFile() throws IOException {
    Input input = stream("file:/tmp/x/B.jsonl", "{}");
    assertThat(input.isStdin()).isFalse();
    assertThat(input.fileName()).isEqualTo("b.jsonl");
    assertThat(input.readAllBytes()).hasSize(2);
    assertThat(Input.stdin().isStdin()).isTrue();
  }
}
