package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newsmon.model.Article;
import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationModelTest {

    private static final int TRADE = RelationModel.KINDS.indexOf(EventKind.TRADE);
    private static final int VISIT = RelationModel.KINDS.indexOf(EventKind.VISIT);

    /** Trade cues between the pair name trade; visit cues a visit; the rules' reversed trade nothing. */
    private static List<RelationModel.Example> toyExamples() {
        List<RelationModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new RelationModel.Example(List.of("c:TRADE", "first:x"), Set.of(EventKind.TRADE)));
            examples.add(new RelationModel.Example(List.of("c:VISIT", "first:x"), Set.of(EventKind.VISIT)));
            examples.add(new RelationModel.Example(List.of("c:TRADE", "rr:TRADE"), Set.of()));
        }
        return examples;
    }

    private static String written(RelationModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out);
        return out.toString();
    }

    private static RelationModel model(String rows) throws IOException {
        return RelationModel.read(new StringReader("feature\tVISIT\tMEETING\tAGREEMENT\tTRADE\tINVESTMENT\tAID\tSANCTION\n" + rows));
    }

    @Test
    void learnsWhatTheExamplesSay() {
        RelationModel model = RelationModel.train(toyExamples(), 15, 0.001, 1);

        double[] trade = model.probabilities(List.of("c:TRADE", "first:x"));
        assertThat(trade[TRADE]).isGreaterThan(0.8);
        assertThat(trade[VISIT]).isLessThan(0.2);
        assertThat(model.probabilities(List.of("c:VISIT", "first:x"))[VISIT]).isGreaterThan(0.8);
        assertThat(model.probabilities(List.of("c:TRADE", "rr:TRADE"))[TRADE]).isLessThan(0.2);
    }

    @Test
    void severalOrdersAreAveragedAndStillDeterministic() throws IOException {
        RelationModel one = RelationModel.train(toyExamples(), 15, 0.001, 1);
        RelationModel five = RelationModel.train(toyExamples(), 15, 0.001, 5);
        // another order, another fit: the average is not the first order's weights
        assertThat(written(five)).isNotEqualTo(written(one));
        assertThat(written(RelationModel.train(toyExamples(), 15, 0.001, 5))).isEqualTo(written(five));
        assertThat(five.probabilities(List.of("c:TRADE", "first:x"))[TRADE]).isGreaterThan(0.8);
        assertThat(five.probabilities(List.of("c:TRADE", "rr:TRADE"))[TRADE]).isLessThan(0.2);
    }

    @Test
    void trainingIsDeterministicAndTheFileReadsBackTheSame() throws IOException {
        RelationModel model = RelationModel.train(toyExamples(), 15, 0.001, 1);
        String text = written(model);

        assertThat(written(RelationModel.train(toyExamples(), 15, 0.001, 1))).isEqualTo(text);
        RelationModel read = RelationModel.read(new StringReader(text));
        assertThat(written(read)).isEqualTo(text);
        assertThat(read.probabilities(List.of("c:TRADE", "first:x")))
                .containsExactly(model.probabilities(List.of("c:TRADE", "first:x")), within(1e-9));
        assertThat(text).startsWith("feature\tVISIT\tMEETING\tAGREEMENT\tTRADE\tINVESTMENT\tAID\tSANCTION\n");
    }

    @Test
    void aFileForOtherKindsIsRefused() {
        assertThatThrownBy(() -> RelationModel.read(new StringReader("feature\tVISIT\tTRADE\nc:TRADE\t1\t2\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> model("c:TRADE\t1\t2\n")).isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    @Test
    void theExtractorAddsUpTheWeightsOfTheFeaturesTheTrainerSees() {
        // The extractor never builds the feature strings: it adds weights by hash. Both must agree.
        String text = "Japan's exports to the United States rose 12 pct in 1986 to 1.2 billion dlrs, the ministry said.";
        RelationModel model = RelationModel.bundled();
        PairFeatures features = PairFeatures.of(new Sentence(text, 0, text.length()), new CountryRecognizer().find(text),
                EventCues.find(text), 1987);
        List<String> strings = features.strings("JPN", "USA", null, false, 2, List.of());

        RelationModel.Scorer scorer = model.scorer();
        scorer.reset();
        features.shared(scorer);
        features.pair(scorer, "JPN", "USA", null, false, 2, List.of());

        assertThat(strings).contains("tx:NAME", "ax1:'s", "b>:export", "b>:to", "py1:the", "first:x", "money:1", "year:0",
                "c:TRADE", "cw:TRADE:between:>", "cd:TRADE:TO_IS_ACTOR2:>");
        assertThat(scorer.probabilities()).containsExactly(model.probabilities(strings), within(1e-6));
        assertThat(model.size()).isGreaterThan(1000);
    }

    private static List<NewsEvent> extract(EventExtractor extractor, String text) {
        return extractor.extract(new Article("a1", "https://example.org/a1", "t", text, Instant.parse("1987-03-02T00:00:00Z"), "text", null));
    }

    @Test
    void theModelAddsWhatItJudgesLikelyAndTheRulesDidNotRead() throws IOException {
        String text = "Japan and the United States discussed their exports."; // a trade cue, but no flow stated
        String bias = "bias\t-9\t-9\t-9\t-9\t-9\t-9\t-9\n";
        EventExtractor rules = new EventExtractor(RelationModel.none());
        EventExtractor tradeLover = new EventExtractor(model(bias + "c:TRADE\t0\t0\t0\t20\t0\t0\t0\n"));
        EventExtractor biasOnly = new EventExtractor(model(bias));

        assertThat(extract(rules, text)).extracting(NewsEvent::kind).doesNotContain(EventKind.TRADE);
        assertThat(extract(biasOnly, text)).isEqualTo(extract(rules, text));
        assertThat(extract(tradeLover, text)).filteredOn(e -> e.kind() == EventKind.TRADE).extracting(NewsEvent::pair)
                .containsExactlyInAnyOrder("JPN-USA", "USA-JPN");
        NewsEvent judged = extract(tradeLover, text).stream().filter(e -> e.kind() == EventKind.TRADE).findFirst().orElseThrow();
        assertThat(judged.evidence().sentence()).isEqualTo(text);
        assertThat(judged.date().year()).isEqualTo(1987);
        assertThat(judged.amount()).isNull();
    }

    /** Training labels a candidate by the year its event would take: both must agree. */
    @Test
    void aCandidateCarriesTheYearItsJudgedEventIsDatedBy() throws IOException {
        EventExtractor tradeLover = new EventExtractor(model("bias\t-9\t-9\t-9\t-9\t-9\t-9\t-9\nc:TRADE\t0\t0\t0\t20\t0\t0\t0\n"));
        for (String text : List.of("Japan and China discussed their exports of 1985.", // the sentence's year
                "Japan and China discussed their exports.", // none: the publication's
                "Japan and China discussed their exports since 1960.", // too far back to date it: the publication's
                "Japan and China discussed their exports since 1984.", // a span up to now: the publication's
                "Japan and China discussed their exports of 1985, up 4% on 1984.")) { // a change's base dates nothing
            Article article = new Article("a1", "https://example.org/a1", "t", text, Instant.parse("1987-03-02T00:00:00Z"), "text", null);
            RelationCandidate candidate = tradeLover.relationCandidates(article).stream()
                    .filter(c -> c.actor1().equals("JPN")).findFirst().orElseThrow();
            NewsEvent judged = tradeLover.extract(article).stream()
                    .filter(e -> e.kind() == EventKind.TRADE && e.actor1().equals("JPN")).findFirst().orElseThrow();
            assertThat(candidate.year()).as(text).isEqualTo(judged.date().year()).isEqualTo(text.contains("1985") ? 1985 : 1987);
        }
    }

    @Test
    void theModelMayAddAYearTheRulesDidNotReadButNotAYearWithoutANumber() throws IOException {
        EventExtractor tradeLover = new EventExtractor(model("bias\t-9\t-9\t-9\t-9\t-9\t-9\t-9\nc:TRADE\t0\t0\t0\t20\t0\t0\t0\n"));
        String ruled = "Japan's exports to the United States rose to 58.6 billion dlrs in 1986, the ministry said. ";

        assertThat(extract(tradeLover, ruled + "Japan and the United States discussed their exports of 1985."))
                .filteredOn(e -> e.kind() == EventKind.TRADE && e.pair().equals("JPN-USA")).extracting(e -> e.date().year())
                .containsExactlyInAnyOrder(1986, 1985);
        // "next year" is no year the model can date: it would take the publication's, 1987
        assertThat(extract(tradeLover, ruled + "Japan and the United States will discuss their exports next year."))
                .filteredOn(e -> e.kind() == EventKind.TRADE && e.pair().equals("JPN-USA")).extracting(e -> e.date().year())
                .containsExactly(1986);
        // without any year the sentence's events take the publication's, which the rules did not read
        assertThat(extract(tradeLover, ruled + "Japan and the United States discussed their exports."))
                .filteredOn(e -> e.kind() == EventKind.TRADE && e.pair().equals("JPN-USA")).extracting(e -> e.date().year())
                .containsExactlyInAnyOrder(1986, 1987);
    }

    @Test
    void theDateAReportCameOutDatesNoneOfItsEvents() throws IOException {
        // samples/articles/germany-uzbekistan-aid-2024.txt: the model had added AID DEU-UZB 2025
        String report = "Germany provided development aid to Uzbekistan in 2024, the German development bank KfW and the Uzbek "
                + "ministry of economy said in a joint report published on 12 February 2025.";
        assertThat(lover(EventKind.AID).extract(new Article("a1", "https://example.org/a1", "t", report,
                Instant.parse("2026-11-20T00:00:00Z"), "text", null)))
                .filteredOn(e -> e.kind() == EventKind.AID).extracting(e -> e.date().year()).containsOnly(2024);
    }

    @Test
    void aJudgedEventTakesTheDayTheSentenceStatesInTheYearItIsDatedBy() throws IOException {
        EventExtractor visitLover = new EventExtractor(model("bias\t-9\t-9\t-9\t-9\t-9\t-9\t-9\nc:MEETING\t20\t0\t0\t0\t0\t0\t0\n"));

        NewsEvent visit = extract(visitLover, "Japan's trade minister held talks in New York on 12 February 1987 with U.S. officials.")
                .stream().filter(e -> e.kind() == EventKind.VISIT).findFirst().orElseThrow();
        assertThat(visit.pair()).isEqualTo("JPN-USA");
        assertThat(visit.date().iso()).isEqualTo("1987-02-12");
        // a day in another year than the one stated last does not move the event's year
        NewsEvent older = extract(visitLover, "Japan's trade minister, who held talks in New York on 12 February 1986, "
                + "said U.S. officials had changed little by 1987.").stream().filter(e -> e.kind() == EventKind.VISIT)
                .findFirst().orElseThrow();
        assertThat(older.date().iso()).isEqualTo("1987");
    }

    @Test
    void aSentenceThatOnlyStatesASigningGivesTheModelNoMeeting() throws IOException {
        EventExtractor meetingLover = new EventExtractor(model("bias\t-9\t20\t-9\t-9\t-9\t-9\t-9\n"));

        assertThat(extract(meetingLover, "Japan and the United States signed an agreement on semiconductors on 2 March 1987."))
                .extracting(NewsEvent::kind).containsExactly(EventKind.AGREEMENT);
        // where the rules read no signing, the model still adds its meeting
        assertThat(extract(meetingLover, "Japan and the United States discussed their exports."))
                .extracting(NewsEvent::kind).contains(EventKind.MEETING);
        // a visit alone states no talks; a visit with talks does
        assertThat(extract(meetingLover, "A Japanese minister last visited the United States in 1985."))
                .extracting(NewsEvent::kind).containsExactly(EventKind.VISIT);
        assertThat(extract(meetingLover, "A Japanese minister visited the United States in 1985 for talks on rice."))
                .extracting(NewsEvent::kind).contains(EventKind.VISIT, EventKind.MEETING);
    }

    @Test
    void theModelAddsNothingAConditionRulesOut() throws IOException {
        EventExtractor tradeLover = new EventExtractor(model("bias\t-9\t-9\t-9\t-9\t-9\t-9\t-9\nc:TRADE\t0\t0\t0\t20\t0\t0\t0\n"));

        assertThat(extract(tradeLover, "If Congress closed its markets, Japanese exports to the United States would collapse."))
                .isEmpty();
        assertThat(extract(new EventExtractor(), "If Congress closed its markets, Japanese exports to the United States would collapse."))
                .isEmpty();
    }
    private static EventExtractor lover(EventKind kind) throws IOException {
        String[] weights = {"-9", "-9", "-9", "-9", "-9", "-9", "-9"};
        weights[RelationModel.KINDS.indexOf(kind)] = "20";
        return new EventExtractor(model("bias\t" + String.join("\t", weights) + "\n"));
    }

    @Test
    void theModelAddsNoTalksTravelOrTradeWhereTheRulesReadSomethingElse() throws IOException {
        // a representation between the pair: no visit, meeting or signing
        for (EventKind kind : List.of(EventKind.VISIT, EventKind.MEETING, EventKind.AGREEMENT)) {
            assertThat(extract(lover(kind), "Azerbaijan reopened its embassy in Ashgabat on 3 March 2026 after a ten-year break."))
                    .as(kind.name()).extracting(NewsEvent::kind).containsExactly(EventKind.REPRESENTATION);
        }
        // a sanction: no trade, and no talks or travel where no word names them
        assertThat(extract(lover(EventKind.TRADE), "Washington raised tariffs on Chinese electric vehicles in May."))
                .extracting(NewsEvent::kind).doesNotContain(EventKind.TRADE);
        assertThat(extract(lover(EventKind.MEETING), "Brazil banned Chinese steel imports on 3 November."))
                .extracting(NewsEvent::kind).containsExactly(EventKind.SANCTION);
        // the country the meeting is placed in hosts; it does not visit
        assertThat(extract(lover(EventKind.VISIT), "Spain's foreign minister met Moroccan officials in Madrid."))
                .filteredOn(e -> e.kind() == EventKind.VISIT).extracting(NewsEvent::pair).doesNotContain("ESP-MAR");
        // a veto is no aid
        assertThat(extract(lover(EventKind.AID), "Hungary vetoed EU aid to Ukraine last week.")).isEmpty();
        // talks with no word of anything signed: no agreement (one where a word names it)
        assertThat(extract(lover(EventKind.AGREEMENT), "Brazil's president met Chinese President Xi Jinping in Beijing on 13 May."))
                .extracting(NewsEvent::kind).doesNotContain(EventKind.AGREEMENT);
        assertThat(extract(lover(EventKind.AGREEMENT), "Azerbaijan's president received the Kyrgyz foreign minister on 20 May."))
                .extracting(NewsEvent::kind).doesNotContain(EventKind.AGREEMENT);
        // where the rules read no talks, the model's agreement stands
        assertThat(extract(lover(EventKind.AGREEMENT), "Japan and the United States discussed their exports."))
                .extracting(NewsEvent::kind).contains(EventKind.AGREEMENT);
    }
}
