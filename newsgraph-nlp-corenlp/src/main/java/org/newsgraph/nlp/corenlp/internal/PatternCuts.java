package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The node patterns some token of every match of a TokensRegex pattern must satisfy (issue 11).
 *
 * <p>A compiled {@link SequencePattern} is an automaton: each state has its next states, a node
 * state consumes one token that its {@link NodePattern} accepts, a repeat state may also go back to
 * where its loop starts, and the match state ends a match. A <em>cut</em> is a set of node states
 * that every path from the start to the match state passes through: a match then holds a token that
 * one of their patterns accepts, so a sequence with no such token has no match. The cuts found here
 * are each single node state that is one, the node states a match can begin with, and the node
 * states it can end with, when these are cuts. Every other state (groups, values, anchors,
 * conjunctions, back references, multi-token patterns) is taken to let every path through, so the
 * graph has at least the real paths and every cut found is a true one.
 */
final class PatternCuts {

  private static final Field ROOT = field(SequencePattern.class, "root");
  private static final Class<?> STATE = nested("State");
  private static final Field NEXT = field(STATE, "next");
  private static final Class<?> NODE_STATE = nested("NodePatternState");
  private static final Field NODE_PATTERN = field(NODE_STATE, "pattern");
  private static final Class<?> REPEAT_STATE = nested("RepeatState");
  private static final Field REPEAT_START = field(REPEAT_STATE, "repeatStart");
  private static final Field MATCH_STATE = field(SequencePattern.class, "MATCH_STATE");

  /** Most cuts kept per pattern: each costs a pass over the tokens when its rule is due. */
  private static final int MAX_CUTS = 3;

  private final Map<Object, List<Object>> edges = new IdentityHashMap<>();
  private final Map<Object, List<Object>> back = new IdentityHashMap<>();
  /** The states in the order {@link #walk} reached them, so that the cuts come out in pattern order. */
  private final List<Object> order = new ArrayList<>();
  private final Object root;
  private final Object match;

  private PatternCuts(Object root, Object match) {
    this.root = root;
    this.match = match;
  }

  /**
   * The cuts of {@code pattern}, each as the node patterns of its states: every match holds a token
   * accepted by a pattern of each cut. Empty when none is found (a pattern that can match no token,
   * or one whose paths share no node state).
   */
  static List<List<NodePattern<?>>> of(SequencePattern<?> pattern) {
    try {
      PatternCuts graph = new PatternCuts(ROOT.get(pattern), MATCH_STATE.get(null));
      graph.walk();
      return graph.cuts();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read a TokensRegex pattern's states (CoreNLP 4.5.10 expected): " + e, e);
    }
  }

  /** Records every state's successors (and predecessors) reachable from the start, breadth first. */
  private void walk() throws IllegalAccessException {
    Deque<Object> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Object s = todo.pollFirst();
      if (edges.containsKey(s)) {
        continue;
      }
      List<Object> out = successors(s);
      edges.put(s, out);
      order.add(s);
      for (Object n : out) {
        back.computeIfAbsent(n, k -> new ArrayList<>()).add(s);
        todo.addLast(n);
      }
    }
  }

  private static List<Object> successors(Object state) throws IllegalAccessException {
    List<Object> out = new ArrayList<>();
    Collection<?> next = (Collection<?>) NEXT.get(state);
    if (next != null) {
      out.addAll(next);
    }
    if (REPEAT_STATE.isInstance(state)) {
      out.add(REPEAT_START.get(state));
    }
    return out;
  }

  private List<List<NodePattern<?>>> cuts() throws IllegalAccessException {
    if (!edges.containsKey(match)) {
      return List.of();
    }
    List<Set<Object>> cuts = new ArrayList<>();
    for (Object s : order) {
      if (NODE_STATE.isInstance(s) && !reaches(edges, root, match, Set.of(s))) {
        cuts.add(Set.of(s));
      }
    }
    addIfCut(cuts, frontier(edges, root), edges, root, match);
    addIfCut(cuts, frontier(back, match), back, match, root);
    // a cut that holds another is met whenever the other is: testing it would tell nothing more
    cuts.removeIf(c -> cuts.stream().anyMatch(o -> o != c && c.containsAll(o)));
    List<List<NodePattern<?>>> patterns = new ArrayList<>();
    for (Set<Object> cut : cuts.subList(0, Math.min(MAX_CUTS, cuts.size()))) {
      List<NodePattern<?>> ps = new ArrayList<>();
      for (Object s : cut) {
        ps.add((NodePattern<?>) NODE_PATTERN.get(s));
      }
      patterns.add(List.copyOf(ps));
    }
    return List.copyOf(patterns);
  }

  private static void addIfCut(List<Set<Object>> cuts, Set<Object> candidate, Map<Object, List<Object>> graph, Object from, Object to) {
    if (!candidate.isEmpty() && cuts.stream().noneMatch(candidate::equals) && !reaches(graph, from, to, candidate)) {
      cuts.add(candidate);
    }
  }

  /** The node states reached from {@code from} without passing through another node state. */
  private static Set<Object> frontier(Map<Object, List<Object>> graph, Object from) {
    Set<Object> found = new LinkedHashSet<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      Object s = todo.pop();
      if (!seen.add(s)) {
        continue;
      }
      if (s != from && NODE_STATE.isInstance(s)) {
        found.add(s);
        continue;
      }
      todo.addAll(graph.getOrDefault(s, List.of()));
    }
    return found;
  }

  /** Whether {@code to} can be reached from {@code from} without entering a state of {@code removed}. */
  private static boolean reaches(Map<Object, List<Object>> graph, Object from, Object to, Set<Object> removed) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      Object s = todo.pop();
      if (s == to) {
        return true;
      }
      if (removed.contains(s) || !seen.add(s)) {
        continue;
      }
      todo.addAll(graph.getOrDefault(s, List.of()));
    }
    return false;
  }

  private static Class<?> nested(String name) {
    try {
      return Class.forName(SequencePattern.class.getName() + "$" + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("TokensRegex has no state class " + name + " (CoreNLP 4.5.10 expected)", e);
    }
  }

  /** A private field of TokensRegex, made accessible; shared with {@link RuleGuards}. */
  static Field field(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("TokensRegex's " + owner.getSimpleName() + " has no field " + name + " (CoreNLP 4.5.10 expected): " + e, e);
    }
  }
}
