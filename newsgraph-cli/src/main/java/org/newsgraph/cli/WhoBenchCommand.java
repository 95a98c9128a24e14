package org.newsgraph.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.AnswerJson;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph bench-who}: how fast {@code who} answers on a store, warm (issue 8). */
@Command(name = "bench-who", mixinStandardHelpOptions = true,
    description = "Times 'who NAME' (lookup, card and JSON) in one process after a warm-up; prints p50, p95 and max.")
final class WhoBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreChoice store = new StoreChoice();

  @Option(names = "--runs", paramLabel = "N", defaultValue = "200", description = "Timed runs (default: ${DEFAULT-VALUE}).")
  int runs = 200;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "50", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
  int warmup = 50;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Names asked in turn.")
  List<String> names = new ArrayList<>();

  @Override
  public Integer call() {
    try (Store s = store.open(spec)) {
      for (int i = 0; i < warmup; i++) {
        ask(s, names.get(i % names.size()));
      }
      long[] nanos = new long[runs];
      long[] cpu = new long[runs];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < runs; i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ask(s, names.get(i % names.size()));
        nanos[i] = System.nanoTime() - t0;
        cpu[i] = threads.getCurrentThreadCpuTime() - c0;
      }
      PrintWriter out = spec.commandLine().getOut();
      // CPU time too: on a shared, loaded machine the wall clock measures the queue for a core as well
      out.printf("who: %d runs over %d names: wall p50 %s; cpu p50 %s%n", runs, names.size(), percentiles(nanos),
          percentiles(cpu));
      out.flush();
      return Newsgraph.OK;
    }
  }

  private static String percentiles(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return String.format("%.1f ms, p95 %.1f ms, max %.1f ms", v[n / 2] / 1e6,
        v[(int) Math.min(n - 1, Math.ceil(n * 0.95) - 1)] / 1e6, v[n - 1] / 1e6);
  }

  private static int ask(Store s, String name) {
    return s.lookup(name).chosen().flatMap(c -> s.card(c.id())).map(AnswerJson::toJson).map(String::length).orElse(0);
  }
}
