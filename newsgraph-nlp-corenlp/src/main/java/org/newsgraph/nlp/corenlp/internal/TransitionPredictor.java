package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural dependency parser ({@code DependencyParser.predict}) with the same model and the
 * same arithmetic, without its per-step costs (issue 11).
 *
 * <p>For each transition of each sentence CoreNLP 4.5.10 boxes the 48 feature indices to look them up
 * in a {@code HashMap<Integer, Integer>}, takes a process-wide lock on an LRU cache for every feature
 * whose hidden-layer product was not precomputed, multiplies the output layer as 90-odd dot products
 * (each a chain of dependent additions), and cuts a substring out of every transition's name to ask
 * whether it applies. The parse here reads the same weights, adds the same terms in the same order
 * (so every score is the same double and every parse the same tree), but keeps the lookups in
 * primitive arrays, caches the products per thread, multiplies with the output layer transposed (the
 * additions of one score still run from the first hidden unit to the last, but the scores advance
 * together), and decides which transitions apply from their parsed names. Feature extraction, the
 * transitions themselves and the conversion to a {@link GrammaticalStructure} are CoreNLP's own.
 *
 * <p>Built from a loaded parser by reading its private fields, so it is tied to CoreNLP 4.5.10's
 * classes ({@link #supports} says whether this parser's configuration is the one reproduced here).
 * Thread-safe.
 */
public final class TransitionPredictor {

  /** Slots of the per-thread cache of hidden-layer products of features that were not precomputed. */
  private static final int CACHE_BITS = 12;

  private static final int SHIFT = 0;
  private static final int LEFT = 1;
  private static final int RIGHT = 2;

  private final DependencyParser parser;
  private final ArcStandard system;
  private final List<String> transitions;
  private final int[] kind;
  private final boolean[] rootArc;
  private final boolean singleRoot;

  private final int hiddenSize;
  private final int embeddingSize;
  private final int numTokens;
  private final int numLabels;
  /** The embedding matrix, one row per word, POS tag and label id. */
  private final float[][] embeddings;
  /** The first layer transposed: {@code w1t[column][hiddenUnit]}. */
  private final float[][] w1t;
  private final float[] b1;
  /** The output layer transposed: {@code w2t[hiddenUnit][label]}. */
  private final double[][] w2t;
  /** CoreNLP's precomputed hidden-layer products, keyed by feature index through {@link #preTable}. */
  private final double[][] saved;
  /** Open addressing, key and id side by side ({@code [2 * slot]}, {@code [2 * slot + 1]}): one cache line per probe. */
  private final int[] preTable;
  private final int preMask;

  private final MethodHandle features;
  private final MethodHandle relation;
  private final MethodHandle structure;
  private final ThreadLocal<Scratch> scratch;

  private TransitionPredictor(DependencyParser parser) throws ReflectiveOperationException {
    this.parser = parser;
    MethodHandles.Lookup p = MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup());
    Classifier classifier = (Classifier) field(p, DependencyParser.class, "classifier", Classifier.class).get(parser);
    Config config = (Config) field(p, DependencyParser.class, "config", Config.class).get(parser);
    this.system = (ArcStandard) field(p, DependencyParser.class, "system", ParsingSystem.class).get(parser);
    MethodHandles.Lookup ps = MethodHandles.privateLookupIn(ParsingSystem.class, MethodHandles.lookup());
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) field(ps, ParsingSystem.class, "transitions", List.class).get(system);
    String root = (String) field(ps, ParsingSystem.class, "rootLabel", String.class).get(system);
    this.singleRoot = (boolean) field(MethodHandles.privateLookupIn(ArcStandard.class, MethodHandles.lookup()),
        ArcStandard.class, "singleRoot", boolean.class).get(system);
    this.transitions = List.copyOf(names);
    this.kind = new int[names.size()];
    this.rootArc = new boolean[names.size()];
    for (int t = 0; t < names.size(); t++) {
      String name = names.get(t);
      kind[t] = name.startsWith("L") ? LEFT : name.startsWith("R") ? RIGHT : SHIFT;
      // as ArcStandard.canApply reads it: "L(label)" and "R(label)"
      rootArc[t] = kind[t] != SHIFT && name.substring(2, name.length() - 1).equals(root);
    }

    MethodHandles.Lookup c = MethodHandles.privateLookupIn(Classifier.class, MethodHandles.lookup());
    float[][] w1 = (float[][]) field(c, Classifier.class, "W1", float[][].class).get(classifier);
    float[][] w2 = (float[][]) field(c, Classifier.class, "W2", float[][].class).get(classifier);
    this.embeddings = (float[][]) field(c, Classifier.class, "E", float[][].class).get(classifier);
    this.b1 = (float[]) field(c, Classifier.class, "b1", float[].class).get(classifier);
    this.saved = (double[][]) field(c, Classifier.class, "saved", double[][].class).get(classifier);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(c, Classifier.class, "preMap", Map.class).get(classifier);
    this.numLabels = (int) field(c, Classifier.class, "numLabels", int.class).get(classifier);
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.numTokens = Config.numTokens;
    if (numLabels != names.size() || w2.length != numLabels || w1.length != hiddenSize) {
      throw new IllegalStateException("The parser's layers do not match its transitions");
    }

    this.w1t = new float[w1[0].length][hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      for (int col = 0; col < w1[i].length; col++) {
        w1t[col][i] = w1[i][col];
      }
    }
    this.w2t = new double[hiddenSize][numLabels];
    for (int l = 0; l < numLabels; l++) {
      for (int i = 0; i < hiddenSize; i++) {
        w2t[i][l] = w2[l][i];
      }
    }
    int size = Integer.highestOneBit(Math.max(2, preMap.size()) * 2) * 2;
    this.preTable = new int[2 * size];
    java.util.Arrays.fill(preTable, -1);
    this.preMask = size - 1;
    for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
      int slot = mix(e.getKey()) & preMask;
      while (preTable[2 * slot] != -1) {
        slot = (slot + 1) & preMask;
      }
      preTable[2 * slot] = e.getKey();
      preTable[2 * slot + 1] = e.getValue();
    }

    this.features = p.findVirtual(DependencyParser.class, "getFeatureArray",
        MethodType.methodType(int[].class, Configuration.class));
    this.relation = p.findVirtual(DependencyParser.class, "makeGrammaticalRelation",
        MethodType.methodType(GrammaticalRelation.class, String.class));
    this.structure = p.findVirtual(DependencyParser.class, "makeGrammaticalStructure",
        MethodType.methodType(GrammaticalStructure.class, List.class, TreeGraphNode.class));
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(hiddenSize, numLabels));
  }

  /**
   * A predictor for {@code parser}, or null when its configuration is not the one reproduced here
   * (a model that caches no products, or a parsing system other than arc-standard): use the parser's
   * own {@code predict} then.
   */
  public static TransitionPredictor of(DependencyParser parser) {
    try {
      MethodHandles.Lookup p = MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup());
      Config config = (Config) field(p, DependencyParser.class, "config", Config.class).get(parser);
      Object system = field(p, DependencyParser.class, "system", ParsingSystem.class).get(parser);
      if (!supports(config, system)) {
        return null;
      }
      return new TransitionPredictor(parser);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Whether the parse here is CoreNLP's for this configuration: an arc-standard system, a parser not
   * training, and products of features outside the precomputed ones cached as floats (CoreNLP sums
   * them differently when {@code numCached} is 0).
   */
  static boolean supports(Config config, Object system) {
    return system != null && system.getClass() == ArcStandard.class && config.numCached > 0
        && Config.numTokens > 0;
  }

  /** The parse of {@code sentence}, as {@code DependencyParser.predict(sentence)} returns it. */
  public GrammaticalStructure predict(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    Scratch s = scratch.get();
    while (!system.isTerminal(c)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      double[] scores = scores(featuresOf(c), s);
      int best = best(c, scores);
      system.apply(c, transitions.get(best));
    }
    return toStructure(c, sentence);
  }

  private int[] featuresOf(Configuration c) {
    try {
      return (int[]) features.invokeExact(parser, c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("CoreNLP's parser features failed: " + t, t);
    }
  }

  /**
   * The first transition with the highest score among those that apply; -1 if none does (CoreNLP
   * then fails too). As {@code ArcStandard.canApply}: an arc needs its head on the stack, the root
   * label only from the root and no other label from it; a left arc needs three items on the stack,
   * a right arc two (with a single root: three, or two and an empty buffer); a shift a word left.
   */
  private int best(Configuration c, double[] scores) {
    int stack = c.getStackSize();
    int buffer = c.getBufferSize();
    int s0 = c.getStack(0);
    int s1 = c.getStack(1);
    double opt = Double.NEGATIVE_INFINITY;
    int best = -1;
    for (int t = 0; t < scores.length; t++) {
      if (scores[t] > opt && applies(t, stack, buffer, s0, s1)) {
        opt = scores[t];
        best = t;
      }
    }
    return best;
  }

  private boolean applies(int t, int stack, int buffer, int s0, int s1) {
    int k = kind[t];
    if (k == SHIFT) {
      return buffer > 0;
    }
    int h = k == LEFT ? s0 : s1;
    if (h < 0 || (h == 0 && !rootArc[t]) || (h > 0 && rootArc[t])) {
      return false;
    }
    if (k == LEFT) {
      return stack > 2;
    }
    return singleRoot ? stack > 2 || (stack == 2 && buffer == 0) : stack >= 2;
  }

  /** CoreNLP's {@code Classifier.computeScores}, term for term. */
  private double[] scores(int[] feature, Scratch s) {
    double[] hidden = s.hidden;
    java.util.Arrays.fill(hidden, 0.0);
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * numTokens + j;
      int id = preId(index);
      if (id >= 0) {
        double[] row = saved[id];
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += row[i];
        }
      } else {
        float[] row = s.product(index, tok, j * embeddingSize, this);
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += row[i];
        }
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = s.scores;
    java.util.Arrays.fill(scores, 0.0);
    for (int i = 0; i < hiddenSize; i++) {
      double h = hidden[i];
      double[] w = w2t[i];
      for (int l = 0; l < numLabels; l++) {
        scores[l] += h * w[l];
      }
    }
    return scores;
  }

  /**
   * The hidden-layer product of embedding row {@code tok} at column {@code offset} of the first
   * layer, as CoreNLP's {@code matrixMultiplySlice} computes it: float products summed in double from
   * the first column to the last, rounded to float.
   */
  private void product(int tok, int offset, double[] partial, float[] into) {
    java.util.Arrays.fill(partial, 0.0);
    float[] e = embeddings[tok];
    for (int k = 0; k < embeddingSize; k++) {
      float ek = e[k];
      float[] w = w1t[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        partial[i] += w[i] * ek;
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      into[i] = (float) partial[i];
    }
  }

  private int preId(int index) {
    int slot = mix(index) & preMask;
    while (true) {
      int key = preTable[2 * slot];
      if (key == index) {
        return preTable[2 * slot + 1];
      }
      if (key == -1) {
        return -1;
      }
      slot = (slot + 1) & preMask;
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The rest of {@code DependencyParser.predict}: typed dependencies from the final configuration. */
  private GrammaticalStructure toStructure(Configuration c, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<TypedDependency> dependencies = new ArrayList<>();
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    int n = c.getSentenceSize();
    try {
      for (int i = 1; i <= n; i++) {
        int head = c.getHead(i);
        String label = c.getLabel(i);
        IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
        IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation r = head == 0 ? GrammaticalRelation.ROOT
            : (GrammaticalRelation) relation.invokeExact(parser, label);
        dependencies.add(new TypedDependency(r, governor, dependent));
      }
      return (GrammaticalStructure) structure.invokeExact(parser, (List<?>) dependencies, new TreeGraphNode(root));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("CoreNLP's parser failed to build the structure: " + t, t);
    }
  }

  private static VarHandle field(MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?> type)
      throws ReflectiveOperationException {
    return lookup.findVarHandle(owner, name, type);
  }

  /** One thread's buffers and its cache of products. */
  private static final class Scratch {
    final double[] hidden;
    final double[] scores;
    final double[] partial;
    final int[] keys = new int[1 << CACHE_BITS];
    final float[][] values = new float[1 << CACHE_BITS][];

    Scratch(int hiddenSize, int numLabels) {
      this.hidden = new double[hiddenSize];
      this.scores = new double[numLabels];
      this.partial = new double[hiddenSize];
      java.util.Arrays.fill(keys, -1);
    }

    float[] product(int index, int tok, int offset, TransitionPredictor p) {
      int slot = mix(index) >>> (32 - CACHE_BITS);
      float[] v = values[slot];
      if (keys[slot] == index) {
        return v;
      }
      if (v == null) {
        v = new float[p.hiddenSize];
        values[slot] = v;
      }
      p.product(tok, offset, partial, v);
      keys[slot] = index;
      return v;
    }
  }
}
