package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.FactType;

/** What every store must do, SQLite or PostgreSQL (issue 8). Subclasses give a fresh location per test. */
abstract class StoreContract {

  static final Provenance PROVENANCE = new Provenance("test", "fake-engine");

  Store store;

  abstract StoreLocation freshLocation() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = Store.open(freshLocation());
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Article hillary() {
    return Articles.article("a1", "2016-09-12", "Hillary Clinton spoke in Ohio. Clinton said \"We will win.\" "
        + "Bill Clinton joined Hillary Clinton. Hillary waved.").title("Clinton in Ohio")
        .people("Hillary Clinton", "Bill Clinton", "Clinton", "Hillary").names("LOCATION", "Ohio")
        .quote("\"We will win.\"", "Clinton").build();
  }

  @Test
  void storesAnArticleOnceAndSkipsItOnARerun() {
    assertThat(store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING)).isEqualTo(PutOutcome.STORED);
    assertThat(store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING)).isEqualTo(PutOutcome.SKIPPED);
    StoreStats stats = store.stats();
    assertThat(stats.articles()).isEqualTo(1);
    assertThat(stats.mentions()).isEqualTo(hillary().mentions().size());
    assertThat(stats.quotes()).isEqualTo(1);
    assertThat(store.contains("a1")).isTrue();
  }

  @Test
  void storesABatchInOneTransactionLinkingWithinItAndSkippingRepeats() {
    Article second = Articles.article("a2", "2016-09-13", "Hillary Clinton spoke again.").people("Hillary Clinton").build();
    assertThat(store.putAll(List.of(hillary(), second, hillary()), PROVENANCE))
        .containsExactly(PutOutcome.STORED, PutOutcome.STORED, PutOutcome.SKIPPED);
    assertThat(store.putAll(List.of(second), PROVENANCE)).containsExactly(PutOutcome.SKIPPED);
    assertThat(store.stats().articles()).isEqualTo(2);
    long hillary = store.lookup("Hillary Clinton").chosen().orElseThrow().id();
    assertThat(store.mentionsPerArticle(hillary)).extracting(ArticleCount::count).hasSize(2);
    Article third = Articles.article("a3", "2016-09-14", "Clinton spoke.").people("Clinton").build();
    store.put(third, PROVENANCE, WriteMode.SKIP_EXISTING);
    assertThat(store.mentionsPerArticle(hillary)).hasSize(3); // the index learnt the batch's alias uses
  }

  @Test
  void replacesAnArticlesRowsWhenReprocessing() {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    Article shorter = Articles.article("a1", "2016-09-12", "Hillary Clinton spoke.").people("Hillary Clinton").build();
    assertThat(store.put(shorter, PROVENANCE, WriteMode.REPLACE)).isEqualTo(PutOutcome.REPLACED);
    StoreStats stats = store.stats();
    assertThat(stats.articles()).isEqualTo(1);
    assertThat(stats.mentions()).isEqualTo(1);
    assertThat(stats.quotes()).isZero();
    assertThat(store.search(new SearchQuery("Ohio", Optional.empty(), Optional.empty(), Optional.empty(), 5))).isEmpty();
  }

  @Test
  void linksHillaryClintonToTheKnowledgePackAndKeepsBillApart() {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    Candidate hillary = store.lookup("Hillary Clinton").chosen().orElseThrow();
    Candidate bill = store.lookup("Bill Clinton").chosen().orElseThrow();
    assertThat(hillary.kb()).containsEntry("bioguide", "C001041");
    assertThat(bill.id()).isNotEqualTo(hillary.id());
    assertThat(bill.kb()).containsEntry("govtrack", "412374"); // a president never in Congress: no bioguide id
    // "Hillary" and "Clinton" join the full-named person they match best in the same article
    List<ArticleCount> perArticle = store.mentionsPerArticle(hillary.id());
    assertThat(perArticle).extracting(ArticleCount::count).containsExactly(4L);
    assertThat(store.mentionsPerArticle(bill.id())).extracting(ArticleCount::count).containsExactly(1L);
  }

  @Test
  void aLoneSurnameWhoseOfficeConflictsWithTheArticlesNamesakeIsNotThem() {
    store.put(Articles.article("s1", "2016-01-26", "A diplomat said former Secretary Clinton put speed over security. "
        + "President Bill Clinton had set other rules. Secretary Clinton sent e-mails.")
        .people("Bill Clinton", "Clinton").build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("s2", "2017-03-01", "Sen. Jeff Sessions spoke. Attorney General Sessions left. Secretary Sessions smiled.")
        .people("Jeff Sessions", "Sessions").build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    long bill = store.lookup("Bill Clinton").chosen().orElseThrow().id();
    assertThat(store.mentionsPerArticle(bill)).extracting(ArticleCount::count).containsExactly(1L, 0L); // s1, s2
    long sessions = store.lookup("Jeff Sessions").chosen().orElseThrow().id();
    assertThat(store.mentionsPerArticle(sessions)).extracting(ArticleCount::count).containsExactly(0L, 3L); // a career, no conflict
  }

  @Test
  void keepsDonaldTrumpJrApartFromHisFather() {
    store.put(Articles.article("t1", "2016-07-20", "Donald Trump Jr. spoke for Donald Trump. Trump smiled.")
        .people("Donald Trump Jr.", "Donald Trump", "Trump").build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    Candidate father = store.lookup("Donald Trump").chosen().orElseThrow();
    Candidate son = store.lookup("Donald Trump Jr.").chosen().orElseThrow();
    assertThat(father.id()).isNotEqualTo(son.id());
    assertThat(father.kb()).containsEntry("wikidata", "Q22686");
    assertThat(son.kb()).isEmpty();
  }

  @Test
  void aLoneSurnameJoinsThePersonItUsuallyMeansAcrossArticles() {
    store.put(Articles.article("s1", "2016-03-01", "Bernie Sanders won. Sanders cheered.").people("Bernie Sanders", "Sanders").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("s2", "2016-03-02", "Bernie Sanders lost. Sanders spoke.").people("Bernie Sanders", "Sanders").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("s3", "2016-03-03", "Sanders campaigned in Iowa.").people("Sanders").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    Candidate sanders = store.lookup("Bernie Sanders").chosen().orElseThrow();
    assertThat(sanders.kb()).containsEntry("bioguide", "S000033");
    assertThat(store.mentionsPerArticle(sanders.id())).extracting(ArticleCount::count).containsExactly(2L, 2L, 1L);
  }

  @Test
  void aLoneSurnameOfTheOnlyOfficeholderOfTheEraJoinsThePackPerson() {
    store.put(Articles.article("t1", "2016-09-15", "Polls show Trump leading.").people("Trump").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    Candidate trump = store.lookup("Q22686").chosen().orElseThrow();
    assertThat(store.mentionsPerArticle(trump.id())).extracting(ArticleCount::count).containsExactly(1L);
    store.put(Articles.article("c1", "2016-09-15", "Polls show Clinton leading.").people("Clinton").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    long hillary = store.lookup("C001041").chosen().orElseThrow().id();
    assertThat(store.mentionsPerArticle(hillary)).extracting(ArticleCount::count).as("no Clinton held office in 2016")
        .containsOnly(0L);
  }

  @Test
  void aNicknameFindsTheFormalName() {
    store.put(Articles.article("n1", "2013-05-01", "Senator Bob Corker of Tennessee spoke.").people("Bob Corker")
        .names("LOCATION", "Tennessee").build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    NameLookup lookup = store.lookup("Robert Corker");
    assertThat(lookup.chosen()).isPresent();
    assertThat(lookup.chosen().get().kb()).containsEntry("bioguide", "C001071");
    assertThat(store.lookup("Bob Corker").chosen().get().id()).isEqualTo(lookup.chosen().get().id());
  }

  @Test
  void anAmbiguousNameListsItsCandidates() {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("b1", "2016-09-13", "Bill Clinton spoke. Clinton laughed. Bill Clinton left.")
        .people("Bill Clinton", "Clinton").build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    NameLookup lookup = store.lookup("Clinton");
    assertThat(lookup.ambiguous()).isTrue();
    assertThat(lookup.candidates()).extracting(Candidate::name).contains("Hillary Clinton", "Bill Clinton");
  }

  @Test
  void theCardShowsKbIdsOfficesHeadlinesAndCoMentions() {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    long id = store.lookup("Hillary Clinton").chosen().orElseThrow().id();
    EntityCard card = store.card(id).orElseThrow();
    assertThat(card.kb()).containsEntry("bioguide", "C001041").containsKey("govtrack");
    assertThat(card.offices()).extracting(EntityCard.Office::office).contains("U.S. Senator");
    assertThat(card.headlines()).extracting(EntityCard.Headline::title).containsExactly("Clinton in Ohio");
    assertThat(card.coMentioned()).extracting(EntityCard.Related::name).contains("Bill Clinton", "Ohio");
    assertThat(card.quotes()).isEqualTo(1);
    assertThat(card.firstSeen()).contains("2016-09-12");
  }

  @Test
  void quotesCarryTheirSpeakerArticleAndSpan() {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    long id = store.lookup("Hillary Clinton").chosen().orElseThrow().id();
    List<QuoteRow> quotes = store.quotes(new QuoteQuery(Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty(), 10));
    assertThat(quotes).hasSize(1);
    QuoteRow q = quotes.get(0);
    assertThat(q.text()).isEqualTo("\"We will win.\"");
    assertThat(q.articleId()).isEqualTo("a1");
    assertThat(hillary().text().substring(q.span().start(), q.span().end())).isEqualTo(q.text());
    assertThat(store.quotes(new QuoteQuery(Optional.empty(), Optional.empty(), Optional.of(LocalDate.parse("2017-01-01")),
        Optional.empty(), 10))).isEmpty();
  }

  @Test
  void aQuotesContextIsCutAtJavaOffsetsPastCharactersOutsideTheBasicPlane() {
    String pad = "\uD83D\uDE00 ".repeat(100); // emoji: one code point, two Java chars each
    String text = pad + "Hillary Clinton said \"Stronger together.\" " + "Then she left the stage. ".repeat(20);
    store.put(Articles.article("e1", "2016-09-15", text).people("Hillary Clinton")
        .quote("\"Stronger together.\"", "Hillary Clinton").build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    long id = store.lookup("Hillary Clinton").chosen().orElseThrow().id();
    QuoteRow q = store.quotes(new QuoteQuery(Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty(), 10)).get(0);
    int start = text.indexOf("\"Stronger");
    assertThat(q.span().start()).isEqualTo(start);
    assertThat(q.context()).isEqualTo(text.substring(start - 160, q.span().end() + 160).strip());
  }

  @Test
  void factsKeepBothSidesOfAChangeAndAsOfAnswersWhatHeld() {
    store.put(Articles.article("f1", "2019-10-01", "Jeff Sessions is considering a run.").people("Jeff Sessions")
        .fact(FactType.CANDIDACY, "Jeff Sessions", "U.S. Senate, Alabama", "considering", "is considering a run").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("f2", "2019-11-08", "Jeff Sessions is running for the Senate.").people("Jeff Sessions")
        .fact(FactType.CANDIDACY, "Jeff Sessions", "U.S. Senate, Alabama", "running", "is running for the Senate").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    long id = store.lookup("Jeff Sessions").chosen().orElseThrow().id();
    FactQuery all = new FactQuery(Optional.of(id), Optional.of("CANDIDACY"), Optional.empty(), 10);
    assertThat(store.facts(all)).extracting(FactRow::status).containsExactly(Optional.of("running"), Optional.of("considering"));
    FactQuery october = new FactQuery(Optional.empty(), Optional.of("CANDIDACY"), Optional.of(LocalDate.parse("2019-10-29")), 10);
    assertThat(store.facts(october)).extracting(FactRow::status).containsExactly(Optional.of("considering"));
    EntityCard card = store.card(id).orElseThrow();
    assertThat(card.facts()).hasSize(1);
    assertThat(card.facts().get(0).latest().status()).contains("running");
    assertThat(card.facts().get(0).history()).hasSize(2);
  }

  @Test
  void theCardTellsTheEntitysOwnRolesFromOthersRolesTowardsIt() {
    store.put(Articles.article("g1", "2016-09-20", "Huma Abedin, an aide to Hillary Clinton, spoke. Former Secretary of State "
        + "Hillary Clinton listened.").people("Huma Abedin", "Hillary Clinton")
        .relation(FactType.AFFILIATION, "Huma Abedin", "Hillary Clinton", "Aide", "current", "an aide to Hillary Clinton")
        .fact(FactType.OFFICE, "Hillary Clinton", "Secretary of State", "former", "Former Secretary of State").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    EntityCard hillary = store.card(store.lookup("Hillary Clinton").chosen().orElseThrow().id()).orElseThrow();
    assertThat(hillary.facts()).extracting(EntityCard.FactHistory::type, EntityCard.FactHistory::side)
        .containsExactlyInAnyOrder(tuple("AFFILIATION", "object"), tuple("OFFICE", "subject"));
    // a former office reported on a date is no office held from that date on
    assertThat(hillary.offices()).filteredOn(o -> o.office().equals("Secretary of State")).singleElement().satisfies(o -> {
      assertThat(o.status()).contains("former");
      assertThat(o.asOf()).contains("2016-09-20");
      assertThat(o.start()).isEmpty();
    });
    assertThat(hillary.offices()).extracting(EntityCard.Office::office).doesNotContain("Aide");
    EntityCard huma = store.card(store.lookup("Huma Abedin").chosen().orElseThrow().id()).orElseThrow();
    assertThat(huma.facts()).singleElement().satisfies(h -> {
      assertThat(h.side()).isEqualTo("subject");
      assertThat(h.latest().object()).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Hillary Clinton"));
    });
  }

  @Test
  void anOfficeThePackShowsEndedLongBeforeTheArticleIsStoredAsFormer() {
    store.put(Articles.article("l1", "2020-06-19", "The proclamation issued by President Abraham Lincoln freed them. "
        + "President Donald Trump spoke. Sen. Bernie Sanders agreed.").people("Abraham Lincoln", "Donald Trump", "Bernie Sanders")
        .fact(FactType.OFFICE, "Abraham Lincoln", "President", "current", "President Abraham Lincoln")
        .fact(FactType.OFFICE, "Donald Trump", "President", "current", "President Donald Trump")
        .fact(FactType.OFFICE, "Bernie Sanders", "U.S. Senator, Vermont", "current", "Sen. Bernie Sanders").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    FactQuery offices = new FactQuery(Optional.empty(), Optional.of("OFFICE"), Optional.empty(), 10);
    assertThat(store.facts(offices)).extracting(f -> f.evidence().text(), FactRow::status).containsExactlyInAnyOrder(
        tuple("President Abraham Lincoln", Optional.of("former")),
        tuple("President Donald Trump", Optional.of("current")),
        tuple("Sen. Bernie Sanders", Optional.of("current")));
    // the title linked the historical person to the pack; a later article's bare name joins him there
    store.put(Articles.article("l2", "2020-07-03", "The garden will include a statue of Abraham Lincoln.")
        .people("Abraham Lincoln").build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    Candidate lincoln = store.lookup("Abraham Lincoln").chosen().orElseThrow();
    assertThat(lincoln.kb()).containsKey("govtrack");
    assertThat(store.mentionsPerArticle(lincoln.id())).extracting(ArticleCount::count).containsExactly(1L, 1L);
  }

  @Test
  void anOfficeEveryPackPersonOfTheNameLeftLongAgoIsStoredAsFormer() {
    store.put(Articles.article("b1", "2016-09-22", "They built on the success of President Bush's troop surge, "
        + "as President Obama said.").people("Bush", "Obama")
        .fact(FactType.OFFICE, "Bush", "President", "current", "President Bush")
        .fact(FactType.OFFICE, "Obama", "President", "current", "President Obama").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    FactQuery offices = new FactQuery(Optional.empty(), Optional.of("OFFICE"), Optional.empty(), 10);
    assertThat(store.facts(offices)).extracting(f -> f.evidence().text(), FactRow::status).containsExactlyInAnyOrder(
        tuple("President Bush", Optional.of("former")), // either President Bush left office years ago
        tuple("President Obama", Optional.of("current")));
  }

  @Test
  void aPresidencyIsLeftOutOnlyOfAPersonThePackKnowsAndOnlyWithinTheYearsItCovers() {
    // a lone surname is no pack namesake (Joaquin Castro of Texas), and after the pack's last presidential
    // term a presidency it does not show may be one it does not know yet
    store.put(Articles.article("c1", "2016-03-21", "President Castro welcomed the visitors in Havana.").people("Castro")
        .fact(FactType.OFFICE, "Castro", "President", "current", "President Castro").build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("s1", "2031-02-01", "President Bernie Sanders signed the bill.").people("Bernie Sanders")
        .fact(FactType.OFFICE, "Bernie Sanders", "President", "current", "President Bernie Sanders").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    FactQuery offices = new FactQuery(Optional.empty(), Optional.of("OFFICE"), Optional.empty(), 10);
    assertThat(store.facts(offices)).extracting(f -> f.evidence().text())
        .containsExactlyInAnyOrder("President Castro", "President Bernie Sanders");
  }

  @Test
  void aPresidencyThePackShowsNotYetHeldIsLeftOut() {
    store.put(Articles.article("p1", "2016-02-28", "It is time to start worrying about President Donald Trump, "
        + "said Sen. Bernie Sanders after meeting President Barack Obama.").people("Donald Trump", "Bernie Sanders", "Barack Obama")
        .fact(FactType.OFFICE, "Donald Trump", "President", "current", "President Donald Trump")
        .fact(FactType.OFFICE, "Bernie Sanders", "U.S. Senator", "current", "Sen. Bernie Sanders")
        .fact(FactType.OFFICE, "Barack Obama", "President", "current", "President Barack Obama").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    FactQuery offices = new FactQuery(Optional.empty(), Optional.of("OFFICE"), Optional.empty(), 10);
    assertThat(store.facts(offices)).extracting(f -> f.evidence().text())
        .containsExactlyInAnyOrder("Sen. Bernie Sanders", "President Barack Obama");
  }

  @Test
  void searchRanksArticlesAndFiltersByEntity() {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("o1", "2016-09-14", "Ohio voters waited in Ohio for Ohio results.").names("LOCATION", "Ohio").build(),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    List<SearchHit> hits = store.search(new SearchQuery("ohio", Optional.empty(), Optional.empty(), Optional.empty(), 10));
    assertThat(hits).extracting(SearchHit::articleId).containsExactly("o1", "a1");
    assertThat(hits.get(0).snippet()).contains("[Ohio]");
    long hillary = store.lookup("Hillary Clinton").chosen().orElseThrow().id();
    assertThat(store.search(new SearchQuery("ohio", Optional.empty(), Optional.empty(), Optional.of(hillary), 10)))
        .extracting(SearchHit::articleId).containsExactly("a1");
  }

  @Test
  void exportsEveryFormat() {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    StringWriter jsonl = new StringWriter();
    store.export(ExportFormat.JSONL, ExportWhat.ENTITIES, jsonl);
    assertThat(jsonl.toString().lines()).hasSize(3).anyMatch(l -> l.contains("C001041") && l.contains("\"articleId\":\"a1\""));
    StringWriter csv = new StringWriter();
    store.export(ExportFormat.CSV, ExportWhat.QUOTES, csv);
    assertThat(csv.toString().lines()).hasSize(2).first().asString().startsWith("text,kind,speaker");
    StringWriter graph = new StringWriter();
    store.export(ExportFormat.GRAPHML, ExportWhat.GRAPH, graph);
    assertThat(graph.toString()).contains("<node id=").contains("<edge source=").endsWith("</graphml>\n");
  }

  @Test
  void versionGrowsWithEveryWriteThatChangesAnswersAndOnlyThen() {
    long v0 = store.version();
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    long v1 = store.version();
    assertThat(v1).isGreaterThan(v0);
    store.card(store.lookup("Hillary Clinton").chosen().orElseThrow().id());
    store.search(new SearchQuery("ohio", Optional.empty(), Optional.empty(), Optional.empty(), 5));
    assertThat(store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING)).isEqualTo(PutOutcome.SKIPPED);
    assertThat(store.version()).isEqualTo(v1);
    store.put(hillary(), PROVENANCE, WriteMode.REPLACE);
    long v2 = store.version();
    assertThat(v2).isGreaterThan(v1);
    store.problem("broken.txt", "EMPTY", "no text");
    assertThat(store.version()).isGreaterThan(v2);
  }

  @Test
  void readersOnOtherThreadsRunTogetherAndSeeEachWriteOnceItReturns() throws Exception {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    long id = store.lookup("Hillary Clinton").chosen().orElseThrow().id();
    java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        answers.add(readers.submit(() -> store.card(id).orElseThrow().headlines().size()
            + store.search(new SearchQuery("ohio", Optional.empty(), Optional.empty(), Optional.empty(), 5)).size()));
      }
      store.put(Articles.article("o1", "2016-09-14", "Ohio voters waited.").names("LOCATION", "Ohio").build(),
          PROVENANCE, WriteMode.SKIP_EXISTING);
      assertThat(readers.submit(() -> store.contains("o1") && store.articleJson("o1").isPresent()).get()).isTrue();
      for (var a : answers) {
        assertThat(a.get()).isBetween(2, 3); // one headline, and one or two hits: before or after the write
      }
    } finally {
      readers.shutdown();
    }
  }

  @Test
  void cardCountsCoMentionsAmongTheEntitysArticles() {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("b1", "2016-09-13", "Bill Clinton spoke with Hillary Clinton.").title("The Clintons")
        .people("Bill Clinton", "Hillary Clinton")
        .build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    store.put(Articles.article("b2", "2016-09-14", "Bill Clinton spoke alone in Ohio.").people("Bill Clinton").names("LOCATION", "Ohio")
        .build(), PROVENANCE, WriteMode.SKIP_EXISTING);
    long hillary = store.lookup("Hillary Clinton").chosen().orElseThrow().id();
    EntityCard card = store.card(hillary).orElseThrow();
    assertThat(card.coMentioned()).extracting(EntityCard.Related::name, EntityCard.Related::articles)
        .startsWith(org.assertj.core.groups.Tuple.tuple("Bill Clinton", 2L)).contains(org.assertj.core.groups.Tuple.tuple("Ohio", 1L));
    assertThat(card.coMentioned()).extracting(EntityCard.Related::id).doesNotContain(hillary);
    assertThat(card.headlines()).extracting(EntityCard.Headline::articleId).containsExactly("b1", "a1");
  }
}
