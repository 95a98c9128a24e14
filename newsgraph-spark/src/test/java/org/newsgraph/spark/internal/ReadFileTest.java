package org.newsgraph.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadFileTest {

  @Test
  void namesLocalFilesByTheirPathAsExtractDoesAndOthersByTheirUri() {
    assertThat(ReadFile.nameOf("file:/data/news/a.jsonl")).isEqualTo("/data/news/a.jsonl");
    assertThat(ReadFile.nameOf("file:///data/news/a.jsonl")).isEqualTo("/data/news/a.jsonl");
    assertThat(ReadFile.nameOf("hdfs://nn:8020/news/a.jsonl")).isEqualTo("hdfs://nn:8020/news/a.jsonl");
  }
}
