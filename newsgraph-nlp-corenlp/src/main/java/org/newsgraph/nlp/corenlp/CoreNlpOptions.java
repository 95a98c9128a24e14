package org.newsgraph.nlp.corenlp;

import java.util.List;
import java.util.Objects;

/**
 * How the CoreNLP engine is configured.
 *
 * @param nerModels the CRF models for named entities, applied in order; each costs about as much
 *     time as the others, so {@link #defaults()} uses one
 * @param fineGrained whether to add CoreNLP's fine-grained types (TITLE, CITY, STATE_OR_PROVINCE, ...)
 * @param dependencies whether to parse dependencies
 */
public record CoreNlpOptions(List<String> nerModels, boolean fineGrained, boolean dependencies) {

  static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  static final String MUC_7CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
  static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  public CoreNlpOptions {
    nerModels = List.copyOf(nerModels);
    if (nerModels.isEmpty()) {
      throw new IllegalArgumentException("The parameter 'nerModels' must name at least one model");
    }
    nerModels.forEach(m -> Objects.requireNonNull(m, "nerModels"));
  }

  /** One NER model (PERSON, ORGANIZATION, LOCATION), fine-grained types, SUTime and dependencies. */
  public static CoreNlpOptions defaults() {
    return new CoreNlpOptions(List.of(ALL_3CLASS), true, true);
  }

  /** CoreNLP's own default NER: three CRF models (adds MISC and the MUC types); about three times slower. */
  public static CoreNlpOptions fullNer() {
    return new CoreNlpOptions(List.of(ALL_3CLASS, MUC_7CLASS, CONLL_4CLASS), true, true);
  }

  /** A name for these options, part of the engine version. */
  String describe() {
    return "ner=" + nerModels.stream().map(m -> m.substring(m.lastIndexOf('/') + 1).replace(".crf.ser.gz", ""))
        .reduce((a, b) -> a + "+" + b).orElse("") + ",fine=" + fineGrained + ",deps=" + dependencies;
  }
}
