package org.newsgraph.cli;

import java.util.function.Supplier;

/** A value built on first use, once, even when many threads ask at once. */
final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> build;
  private volatile T value;

  Lazy(Supplier<T> build) {
    this.build = build;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = build.get();
          value = v;
        }
      }
    }
    return v;
  }
}
