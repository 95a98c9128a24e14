package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawArticle;
import org.newsgraph.testing.CollectingSink;

/** A reader's failure costs its input, as a problem; a sink's failure goes through (#11). */
class ReadersGuardTest {

  @Test
  void aReadersExceptionBecomesAProblemNamingTheInput() {
    CollectingSink sink = new CollectingSink();
    new Readers().read(Input.stream("page.html", () -> {
      throw new IllegalStateException("a bug");
    }), ReadOptions.defaults(), sink);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo("page.html");
      assertThat(p.code()).isEqualTo(Readers.INTERNAL_ERROR);
      assertThat(p.message()).contains("java.lang.IllegalStateException: a bug");
    });
  }

  @Test
  void whatTheSinkThrowsIsNotTakenForTheInputsFault() {
    UncheckedIOException closed = new UncheckedIOException(new java.io.IOException("stdout closed"));
    ReadSink failing = new ReadSink() {
      @Override
      public void article(RawArticle article) {
        throw closed;
      }

      @Override
      public void problem(Problem problem) {
        throw closed;
      }
    };
    Input input = Input.stream("a.txt", () -> new ByteArrayInputStream("The mayor spoke.".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> new Readers().read(input, ReadOptions.defaults(), failing)).isSameAs(closed);
  }
}
