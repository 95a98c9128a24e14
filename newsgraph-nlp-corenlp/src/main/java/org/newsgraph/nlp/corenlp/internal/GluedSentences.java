package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a token in which scraping glued two sentences at a full stop ("Rep. Tim Scott.At the
 * hearing, …" : CoreNLP's tokenizer keeps "Scott.At" as one token, and its sentence splitter then
 * sees one sentence and the name "Tim") into the word, the full stop and the next word, so that the
 * sentence is cut there. Runs right after {@code tokenize}, which in CoreNLP 4.5 also splits the
 * sentences: the sentence that holds such a token becomes two, every token and sentence renumbered.
 * The word before the stop must be a lower-case word of two or more letters or a capitalised one of
 * three or more, and no abbreviation, and the word after it a capitalised word: "it.Then" and
 * "Scott.At" are cut; "St.Louis", "Gov.Chris", "U.S.A" and "Amazon.com" stay whole.
 */
public final class GluedSentences implements Annotator {

  private static final Pattern GLUED = Pattern.compile("([a-z]{2,}|[A-Z][a-z]{2,})\\.([A-Z][a-z]+)");
  /** Abbreviations that a full stop ends and a name may follow. */
  private static final Set<String> ABBREVIATIONS = Set.of("vs", "al", "ft", "mt", "st", "no", "co", "gov", "sen", "rep",
      "gen", "col", "sgt", "capt", "cmdr", "adm", "lieut", "rev", "hon", "pres", "supt", "det", "insp", "prof", "mrs",
      "messrs", "ave", "blvd", "inc", "corp", "ltd", "dept", "univ", "assn", "bros", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
      "sun", "calif", "colo", "conn", "fla", "ill", "ind", "kan", "mass", "mich", "minn", "miss", "mont", "neb", "nev",
      "okla", "ore", "penn", "tenn", "tex", "wash", "wis", "wyo", "ariz", "ark", "del", "ala");

  @Override
  public void annotate(Annotation annotation) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (tokens == null || sentences == null || tokens.stream().allMatch(t -> glued(t) == null)) {
      return;
    }
    // CoreNLP's tokenizer has split the sentences already: cut the one that holds a glued token after its stop
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<List<CoreLabel>> groups = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> current = new ArrayList<>();
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        Matcher m = glued(t);
        if (m == null) {
          current.add(t);
          continue;
        }
        int begin = t.beginPosition();
        String word = m.group(1);
        current.add(piece(word, begin, t.before(), ""));
        current.add(piece(".", begin + word.length(), "", ""));
        groups.add(current);
        current = new ArrayList<>();
        current.add(piece(m.group(2), begin + word.length() + 1, "", t.after()));
      }
      if (!current.isEmpty()) {
        groups.add(current);
      }
    }
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> cut = new ArrayList<>();
    for (List<CoreLabel> group : groups) {
      int begin = group.get(0).beginPosition();
      int end = group.get(group.size() - 1).endPosition();
      Annotation sentence = new Annotation(text.substring(begin, end));
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      sentence.set(CoreAnnotations.TokensAnnotation.class, group);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, cut.size());
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).setIndex(i + 1);
        group.get(i).setSentIndex(cut.size());
      }
      all.addAll(group);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
      cut.add(sentence);
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, cut);
  }

  /** The match of a glued token, or null: only a token written as it reads, with no abbreviation before the stop. */
  private static Matcher glued(CoreLabel t) {
    String text = t.originalText();
    // most tokens hold no full stop after two letters: no pattern to run on them
    if (text == null || text.indexOf('.', 2) < 0 || !text.equals(t.word())
        || t.endPosition() - t.beginPosition() != text.length()) {
      return null;
    }
    Matcher m = GLUED.matcher(text);
    return m.matches() && !ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m : null;
  }

  private static CoreLabel piece(String word, int begin, String before, String after) {
    CoreLabel p = new CoreLabel();
    p.setWord(word);
    p.setValue(word);
    p.setOriginalText(word);
    p.setBeginPosition(begin);
    p.setEndPosition(begin + word.length());
    p.setBefore(before == null ? "" : before);
    p.setAfter(after == null ? "" : after);
    return p;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
