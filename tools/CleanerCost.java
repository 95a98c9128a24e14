import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.model.RawArticle;

/**
 * The CPU cost of cleaning (issue 3): thread CPU time of {@code ResidueCleaner.clean} per article,
 * median of 7 passes after 3 warm-up passes, so that other processes on a shared machine do not
 * count. Run from the repository root after a build:
 *
 * <pre>java -cp newsgraph-cli/target/newsgraph.jar tools/CleanerCost.java FILE.jsonl [FIELD]</pre>
 *
 * FILE.jsonl holds one article a line; FIELD names the text (default content_original).
 */
public final class CleanerCost {

  public static void main(String[] args) throws Exception {
    String field = args.length > 1 ? args[1] : "content_original";
    ObjectMapper json = new ObjectMapper();
    List<RawArticle> articles = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode node = json.readTree(line);
      articles.add(new RawArticle("a" + articles.size(), args[0], Optional.empty(), Optional.empty(),
          node.get(field).asText(), List.of(), Optional.empty()));
    }
    ResidueCleaner cleaner = new ResidueCleaner();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] msPerArticle = new double[7];
    for (int pass = -3; pass < msPerArticle.length; pass++) {
      long start = threads.getCurrentThreadCpuTime();
      long cuts = 0;
      for (RawArticle article : articles) {
        cuts += cleaner.clean(article).removed().size();
      }
      double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / articles.size();
      if (pass >= 0) {
        msPerArticle[pass] = ms;
      }
      if (pass == -3) {
        System.out.printf("%d articles, %d cuts%n", articles.size(), cuts);
      }
    }
    Arrays.sort(msPerArticle);
    System.out.printf("cleaning CPU time: median %.2f ms/article (min %.2f, max %.2f over %d passes)%n",
        msPerArticle[msPerArticle.length / 2], msPerArticle[0], msPerArticle[msPerArticle.length - 1],
        msPerArticle.length);
  }
}
