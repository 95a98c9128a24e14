package org.newsgraph.nlp.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the CoreNLP engine is configured.
 *
 * @param nerModels the CRF models for named entities, applied in order; each costs about as much
 *     time as the others, so {@link #defaults()} uses one
 * @param fineGrained which of CoreNLP's fine-grained types (TITLE, CITY, STATE_OR_PROVINCE, ...) to add
 * @param dependencies whether to parse dependencies
 */
public record CoreNlpOptions(List<String> nerModels, FineGrained fineGrained, boolean dependencies) {

  /** CoreNLP's fine-grained NER step, a large gazetteer applied after the statistical model. */
  public enum FineGrained {
    /** No fine-grained types: PERSON, ORGANIZATION, LOCATION and the numeric and time types only. */
    OFF,
    /**
     * The {@link #LEAN} gazetteer applied by our own hash lookup with CoreNLP's rules instead of
     * CoreNLP's TokensRegexNER: the same labels for about 0.5 CPU seconds less per article (issue 11).
     */
    LOOKUP,
    /** Every fine-grained type but the 533,000 city names that only tag words the model left untagged (issue 11). */
    LEAN,
    /** CoreNLP's full gazetteer: about 100 seconds more setup on a busy machine. */
    FULL
  }

  static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  static final String MUC_7CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
  static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  public CoreNlpOptions {
    nerModels = List.copyOf(nerModels);
    if (nerModels.isEmpty()) {
      throw new IllegalArgumentException("The parameter 'nerModels' must name at least one model");
    }
    nerModels.forEach(m -> Objects.requireNonNull(m, "nerModels"));
    Objects.requireNonNull(fineGrained, "fineGrained");
  }

  /** One NER model (PERSON, ORGANIZATION, LOCATION), the lean fine-grained types by our lookup, SUTime and dependencies. */
  public static CoreNlpOptions defaults() {
    return new CoreNlpOptions(List.of(ALL_3CLASS), FineGrained.LOOKUP, true);
  }

  /** CoreNLP's own default NER: three CRF models (adds MISC and the MUC types) and the full gazetteer; about three times slower. */
  public static CoreNlpOptions fullNer() {
    return new CoreNlpOptions(List.of(ALL_3CLASS, MUC_7CLASS, CONLL_4CLASS), FineGrained.FULL, true);
  }

  /** These options with {@code fine} for the fine-grained types. */
  public CoreNlpOptions withFineGrained(FineGrained fine) {
    return new CoreNlpOptions(nerModels, fine, dependencies);
  }

  /** A name for these options, part of the engine version (and so of the analysis cache's key). */
  String describe() {
    String fine = fineGrained == FineGrained.FULL ? "true" : fineGrained.name().toLowerCase(Locale.ROOT);
    return "ner=" + nerModels.stream().map(m -> m.substring(m.lastIndexOf('/') + 1).replace(".crf.ser.gz", ""))
        .reduce((a, b) -> a + "+" + b).orElse("") + ",fine=" + fine + ",deps=" + dependencies;
  }
}
