package org.newsgraph.spark.internal;

import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The linking stage over all articles: the entities of every article grouped by name key
 * ({@link NameKeys}), one {@link NameGroup} per key, counted once per article.
 *
 * <p>Issue 12 asks for the store's linking rules; they are being written on another branch
 * (issue 8) and are not on main yet, so this stage does the blocking step those rules start from:
 * each output line is a candidate global entity, which {@code newsgraph load} (to come) can hand to
 * the store's linker.
 */
public final class Linking {

  /** Writes the name groups of {@code analysed} under {@code folder}; returns how many. */
  public long write(JavaRDD<Analysed> analysed, String folder) {
    JavaRDD<NameGroup> groups = analysed
        .flatMap(a -> a.names().iterator())
        // one row per key and article, however many entities of the article share the key
        .mapToPair(row -> new Tuple2<>(new Tuple2<>(row.key(), row.articleId()), row))
        .reduceByKey(Linking::fold)
        .mapToPair(pair -> new Tuple2<>(pair._1()._1(), pair._2()))
        .aggregateByKey(new NameGroup(), NameGroup::add, NameGroup::merge)
        .values();
    JavaRDD<String> lines = groups.map(NameGroup::toJson).cache();
    lines.saveAsTextFile(folder);
    long count = lines.count();
    lines.unpersist(false);
    return count;
  }

  private static NameRow fold(NameRow a, NameRow b) {
    String name = a.name().compareTo(b.name()) <= 0 ? a.name() : b.name();
    return new NameRow(a.key(), a.type(), name, a.articleId(), a.mentions() + b.mentions());
  }
}
