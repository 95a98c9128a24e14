package org.newsgraph.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.Input;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadSink;
import org.newsgraph.read.Readers;
import org.newsgraph.spark.ReadSpec;
import scala.Tuple2;

/**
 * Reads one file of the input, on an executor, with the readers extract uses ({@link Readers}): its
 * articles and, for each bad record, a failure. Never throws for bad input.
 */
public final class ReadFile implements FlatMapFunction<Tuple2<String, PortableDataStream>, Read> {

  private static final long serialVersionUID = 1L;

  private final ReadSpec spec;

  public ReadFile(ReadSpec spec) {
    this.spec = spec;
  }

  @Override
  public Iterator<Read> call(Tuple2<String, PortableDataStream> file) {
    String name = nameOf(file._1());
    PortableDataStream stream = file._2();
    List<Read> reads = new ArrayList<>();
    try {
      new Readers().read(Input.stream(name, stream::open), spec.options(), new ReadSink() {
        @Override
        public void article(RawArticle article) {
          reads.add(new Read(RawRecord.of(article), null));
        }

        @Override
        public void problem(Problem problem) {
          reads.add(new Read(null, Failure.of(problem)));
        }
      });
    } catch (RuntimeException e) {
      // a reader must not throw (issue 12: one bad record never fails a task), but if one does,
      // the file becomes a failure rather than a failed task
      reads.add(new Read(null, Failure.of(name, "read-failed", e)));
    }
    return reads.iterator();
  }

  /**
   * The name an input is reported by: a local file by its path, as extract names it, so that the
   * two give the same {@code source}; any other file system by its full URI.
   */
  public static String nameOf(String uri) {
    if (uri.startsWith("file:///")) {
      return uri.substring("file://".length());
    }
    if (uri.startsWith("file:/")) {
      return uri.substring("file:".length());
    }
    return uri;
  }
}
