package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Article;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    // The rules alone: what each test pins down is a rule (RelationModelTest covers the model on top).
    private static final EventExtractor EXTRACTOR = new EventExtractor(RelationModel.none());

    private static List<NewsEvent> extract(String text, String published) {
        return EXTRACTOR.extract(new Article("a1", "https://example.org/a1", "t", text,
                published == null ? null : Instant.parse(published), "text", null));
    }

    private static NewsEvent only(List<NewsEvent> events, EventKind kind) {
        List<NewsEvent> ofKind = events.stream().filter(e -> e.kind() == kind).toList();
        assertThat(ofKind).as("events of kind %s in %s", kind, events).hasSize(1);
        return ofKind.get(0);
    }

    @Test
    void tradeFigureWithDirectionAmountYearAndChange() {
        String text = "Belgian exports to Kazakhstan reached $514.5 million in 2010, up 12% on 2009.";
        NewsEvent e = only(extract(text, "2011-03-01T10:00:00Z"), EventKind.TRADE);
        assertThat(e.pair()).isEqualTo("BEL-KAZ");
        assertThat(e.amount().value()).isEqualByComparingTo("514500000");
        assertThat(e.amount().currency()).isEqualTo("USD");
        assertThat(e.date().iso()).isEqualTo("2010");
        assertThat(e.change().percent()).isEqualByComparingTo("12");
        assertThat(e.change().base().iso()).isEqualTo("2009");
        assertThat(e.cameo()).isEqualTo("061");
        assertThat(e.modality()).isEqualTo(Modality.FACT);
        assertThat(e.evidence().sentence()).isEqualTo(text);
        assertThat(e.evidence().start()).isZero();
        assertThat(e.evidence().end()).isEqualTo(text.length());
        assertThat(e.origin()).isEqualTo("newsmon");
        assertThat(e.source().articleId()).isEqualTo("a1");
    }

    @Test
    void importsFromReadAsTheExporterFirst() {
        NewsEvent e = only(extract("Kazakhstan's imports from Belgium fell to EUR 240 million last year.",
                "2024-02-10T00:00:00Z"), EventKind.TRADE);
        assertThat(e.pair()).isEqualTo("BEL-KAZ");
        assertThat(e.date().iso()).isEqualTo("2023");
        assertThat(e.amount().currency()).isEqualTo("EUR");
        assertThat(e.amount().value()).isEqualByComparingTo("240000000");
    }

    @Test
    void stateVisitWithExplicitDayAndFollowingAgreementFromContext() {
        String text = "Kazakh President Kassym-Jomart Tokayev paid a state visit to Belgium on 5 October 2010. "
                + "The two countries signed a memorandum on investment cooperation.";
        List<NewsEvent> events = extract(text, "2010-10-06T08:00:00Z");
        NewsEvent visit = only(events, EventKind.VISIT);
        assertThat(visit.pair()).isEqualTo("KAZ-BEL");
        assertThat(visit.date().iso()).isEqualTo("2010-10-05");
        assertThat(visit.cameo()).isEqualTo("042");
        NewsEvent agreement = only(events, EventKind.AGREEMENT);
        assertThat(agreement.pair()).isEqualTo("KAZ-BEL");
        assertThat(agreement.date().iso()).isEqualTo("2010-10-05");
        assertThat(agreement.evidence().start()).isEqualTo(text.indexOf("The two countries"));
    }

    @Test
    void aGroupMeetingInOneOfItsMembersIsNoPairOfItsMembers() {
        // the guide: an accord or meeting of more than two countries as a group is not annotated pair by pair
        assertThat(extract("The five Central Asian republics signed a joint declaration in Astana on 12 May 2023.",
                "2023-06-01T00:00:00Z")).isEmpty();
        assertThat(extract("Kazakhstan and the four other Central Asian republics held talks in Tashkent.",
                "2023-06-01T00:00:00Z")).isEmpty();
        // with an outside country, each member still pairs with it
        assertThat(extract("The five Central Asian republics signed a joint declaration with Japan in Astana on 12 May 2023.",
                "2023-06-01T00:00:00Z")).extracting(NewsEvent::pair)
                .containsExactlyInAnyOrder("KAZ-JPN", "KGZ-JPN", "TJK-JPN", "TKM-JPN", "UZB-JPN");
    }

    @Test
    void aDemonymRightAfterVisitedIsTheHostAndAfterVisitingTheVisitor() {
        assertThat(only(extract("The Dutch delegation visited the Turkmen capital on 10 October.", "2026-11-20T00:00:00Z"),
                EventKind.VISIT).pair()).isEqualTo("NLD-TKM");
        assertThat(only(extract("Japan said the visiting Ghanaian delegation would sign a loan.", "2026-11-20T00:00:00Z"),
                EventKind.VISIT).pair()).isEqualTo("GHA-JPN");
    }

    @Test
    void aBanOnImportsFromACountryIsASanctionOnItNotTrade() {
        List<NewsEvent> ban = extract("Russia banned imports of Kazakh wheat from 1 January 2026.", "2026-11-20T00:00:00Z");
        assertThat(only(ban, EventKind.SANCTION).pair()).isEqualTo("RUS-KAZ");
        assertThat(only(ban, EventKind.SANCTION).date().iso()).isEqualTo("2026-01-01");
        assertThat(ban).extracting(NewsEvent::kind).doesNotContain(EventKind.TRADE);
        assertThat(only(extract("Russia imposed an import ban on Kazakh wheat.", "2026-11-20T00:00:00Z"), EventKind.SANCTION).pair())
                .isEqualTo("RUS-KAZ");
        assertThat(only(extract("Kazakhstan banned fuel exports to Kyrgyzstan for six months.", "2026-11-20T00:00:00Z"),
                EventKind.SANCTION).pair()).isEqualTo("KAZ-KGZ");
        assertThat(facts(extract("The outbreak led Zambia to bar beef and dairy imports from Zimbabwe.", "1987-04-01T00:00:00Z")))
                .containsExactly("SANCTION ZMB-ZWE 1987-04-01");
        // an export credit agency's cover is no trade stopped
        assertThat(extract("The ECGD suspended its cover for exports to Nigeria in 1983.", "1987-04-01T00:00:00Z"))
                .noneMatch(e -> e.kind() == EventKind.SANCTION);
        // easing restrictions is no sanction, and a ban that names no country hits none
        assertThat(extract("Japan eased import restrictions on Korean goods.", "2026-11-20T00:00:00Z")).isEmpty();
        assertThat(extract("South Korea has banned beef imports.", "2026-11-20T00:00:00Z")).isEmpty();
    }

    @Test
    void aSumOrTalksSinceADateAreDatedByThePublicationNotByWhenTheSpanBegan() {
        NewsEvent stock = only(extract("Turkey has invested $2.4bn in Turkmenistan since 2010.", "2026-11-20T00:00:00Z"),
                EventKind.INVESTMENT);
        assertThat(stock.date().iso()).isEqualTo("2026");
        assertThat(stock.amount().value()).isEqualByComparingTo("2400000000");
        assertThat(only(extract("Since 1973 the U.S. has given Israel 25 billion dlrs in aid.", "1987-03-02T00:00:00Z"),
                EventKind.AID).date().year()).isEqualTo(1987);
    }

    @Test
    void investmentTheSubjectReceivedComesFromTheOtherSide() {
        NewsEvent e = only(extract("Uzbekistan received $1.2 billion of Chinese investment in the first half of the year.",
                "2026-11-20T00:00:00Z"), EventKind.INVESTMENT);
        assertThat(e.pair()).isEqualTo("CHN-UZB");
        assertThat(e.amount().value()).isEqualByComparingTo("1200000000");
        assertThat(e.date().iso()).isEqualTo("2026-01/2026-06");
    }

    @Test
    void aDebtWrittenOffIsAidFromTheCreditorToTheDebtor() {
        NewsEvent e = only(extract("Russia wrote off $1.2 billion of Kyrgyzstan's debt in 2012.", "2026-11-20T00:00:00Z"),
                EventKind.AID);
        assertThat(e.pair()).isEqualTo("RUS-KGZ");
        assertThat(e.date().iso()).isEqualTo("2012");
        assertThat(e.amount().value()).isEqualByComparingTo("1200000000");
        assertThat(only(extract("Japan forgave 300 billion yen of debts owed by Indonesia.", "2026-11-20T00:00:00Z"),
                EventKind.AID).pair()).isEqualTo("JPN-IDN");
    }

    @Test
    void aStateCreditGuaranteeChangedLineByLineIsAidForItsPairNotTrade() {
        // Reuters 14483 and 4199 (1987): the lines that follow name no country, and the sales they cover are no flow
        List<NewsEvent> events = extract("WASHINGTON, April 7 - The Commodity Credit Corporation (CCC) has transferred 21.0 mln dlrs "
                + "in credit guarantees previously earmarked for sales of U.S. corn to increase available coverage on sales of U.S. "
                + "poultry meat to Iraq, the U.S. Agriculture Department said. The department said the action was taken at the "
                + "request of Iraq's State Trade Organization for Grains and Foodstuffs. The guarantee line for sales of corn has been "
                + "reduced from 78.0 mln dlrs to 57.0 mln. The action reduces coverage for sales of protein meals to 14 mln dlrs from "
                + "16 mln dlrs and increases coverage for wheat sales from five mln to 15 mln dlrs.", "1987-04-07T10:00:00Z");
        assertThat(events).filteredOn(e -> e.amount() != null)
                .extracting(e -> e.kind() + " " + e.pair() + " " + e.amount().value().stripTrailingZeros().toPlainString())
                .containsExactly("AID USA-IRQ 21000000", "AID USA-IRQ 78000000", "AID USA-IRQ 57000000", "AID USA-IRQ 14000000",
                        "AID USA-IRQ 16000000", "AID USA-IRQ 5000000", "AID USA-IRQ 15000000");
        // another country named in between ends the guarantee's pair
        assertThat(extract("WASHINGTON, April 7 - The CCC has transferred 21.0 mln dlrs in credit guarantees to Iraq, the U.S. "
                + "Agriculture Department said. Egypt's wheat purchases were not affected. The guarantee line for sales of corn has "
                + "been reduced from 78.0 mln dlrs to 57.0 mln.", "1987-04-07T10:00:00Z"))
                .filteredOn(e -> e.amount() != null).extracting(e -> e.amount().value().stripTrailingZeros().toPlainString())
                .doesNotContain("78000000", "57000000");
    }

    @Test
    void aSentenceThatMovesTheFigureBeforeItContinuesItsFlowAndCurrency() {
        // Reuters 16094 (1987): "It widened to 3.61 billion" names neither pair nor currency; the country whose
        // statistics report it is no side
        List<NewsEvent> events = extract("TAIPEI, April 11 - Washington's deficit with Taipei rose to a record 13.6 billion U.S. "
                + "Dlrs last year from 10.2 billion in 1985. It widened to 3.61 billion in the first quarter of 1987 from 2.78 billion "
                + "in the year-earlier period, Taiwan's official figures show.", "1987-04-11T10:00:00Z");
        assertThat(events).extracting(e -> e.kind() + " " + e.pair() + " " + e.date().iso() + " "
                        + e.amount().value().stripTrailingZeros().toPlainString() + " " + e.amount().currency())
                .containsExactly("TRADE TWN-USA 1986 13600000000 USD", "TRADE TWN-USA 1985 10200000000 USD",
                        "TRADE TWN-USA 1987-01/1987-03 3610000000 USD", "TRADE TWN-USA 1986-01/1986-03 2780000000 USD");
        // a sentence about something else that happens to start with "It rose" carries no figure on
        assertThat(extract("TAIPEI, April 11 - Washington's deficit with Taipei rose to a record 13.6 billion U.S. Dlrs last year. "
                + "The island's population rose to 19.6 million.", "1987-04-11T10:00:00Z")).hasSize(1);
    }

    @Test
    void beingSomewhereGoingSendingAndReturningAreVisits() {
        String at = "1987-03-03T10:00:00Z";
        assertThat(facts(extract("LONDON, March 3 - Greek Industry Undersecretary George Petsos, who was in Moscow last week, "
                + "said output would rise.", at))).containsExactly("VISIT GRC-RUS 1987-02");
        assertThat(facts(extract("REYKJAVIK, March 3 - Norway's Oil Minister Arne Oeien, currently in Iceland for a meeting of "
                + "Nordic ministers, said output would rise.", at))).containsExactly("VISIT NOR-ISL 1987-03-03");
        assertThat(facts(extract("SEOUL, March 3 - South Korea has sent banking experts to the United States to investigate.", at)))
                .containsExactly("VISIT KOR-USA 1987-03-03");
        assertThat(facts(extract("HONG KONG, March 3 - U.S. Commerce Secretary Malcolm Baldrige told a news conference during a "
                + "stopover in Hong Kong that trade was improving.", at))).containsExactly("VISIT USA-HKG 1987-03-03");
        assertThat(facts(extract("LONDON, March 3 - Colombian Finance Minister Cesar Cabrera was here for the signing of a 50 mln "
                + "dlr note.", at))).containsExactly("VISIT COL-GBR 1987-03-03");
        assertThat(facts(extract("MANILA, March 3 - Our representatives have gone to Washington, the Philippine minister said.", at)))
                .containsExactly("VISIT PHL-USA 1987-03-03");
        // not a trip: the returns of money
        assertThat(extract("Japanese funds saw their returns from U.S. bonds fall.", at)).isEmpty();
    }

    @Test
    void aCompanyOfThePlaceFiledFromSigningWithAStateIsThatPlacesAgreement() {
        String at = "1987-03-16T10:00:00Z";
        assertThat(facts(extract("PARIS, March 16 - Pechiney said it signed two letters of intent with the Soviet Union covering "
                + "the setting up of packaging joint ventures.", at))).containsExactly("AGREEMENT FRA-RUS 1987-03-16");
        assertThat(facts(extract("PARIS, March 16 - Credit Lyonnais said it signed a cooperation agreement with the Soviet Union's "
                + "central bank.", at))).containsExactly("AGREEMENT FRA-RUS 1987-03-16");
        // a company of that country signs: no state of the other side
        assertThat(extract("PARIS, March 16 - Pechiney said it signed a contract with the Soviet Union's Aeroflot airline.", at))
                .isEmpty();
    }

    @Test
    void aSumBeforeAndAndTheNextCueIsThePreviousCuesNotTheNext() {
        String at = "1987-06-01T10:00:00Z";
        assertThat(facts(extract("China's exports to Japan fell 2.3 pct to 1.28 billion dlrs and imports rose 24.4 pct to 2.14 billion.",
                at))).containsExactly("TRADE CHN-JPN 1987 1280000000 USD", "TRADE JPN-CHN 1987 2140000000 USD");
        // "and" inside the loans' words joins no clauses; a cue right after its sum keeps it
        assertThat(facts(extract("The U.S. bank said it held 359 mln dlrs of medium- and long-term loans to Brazil.", at)))
                .containsExactly("AID USA-BRA 1987 359000000 USD");
        assertThat(facts(extract("Japan's 58.6 billion dlr trade surplus with the United States widened.", at)))
                .containsExactly("TRADE JPN-USA 1987 58600000000 USD");
    }

    @Test
    void aLoanRaisedInACountryIsThatCountrysLoan() {
        String at = "1987-06-01T10:00:00Z";
        assertThat(facts(extract("Venezuela is currently seeking loans in Japan and West Germany to finance steel expansion.", at)))
                .containsExactly("AID JPN-VEN 1987", "AID DEU-VEN 1987");
        assertThat(facts(extract("Brazil will raise a 500 mln dlr loan in Japan.", at))).containsExactly("AID JPN-BRA 1987 500000000 USD");
        // aid delivered in a country goes to it
        assertThat(facts(extract("Britain said its food aid in Ethiopia would rise.", at))).doesNotContain("AID ETH-GBR 1987");
    }

    @Test
    void aListOfPartnersAfterToTakesTheOtherSideFromTheStory() {
        String at = "1987-03-03T10:00:00Z";
        assertThat(facts(extract("TAIPEI, March 3 - Taiwan's exports rose in February. Exports to the U.S., Japan and Hong Kong "
                + "rose 12 pct.", at))).containsExactly("TRADE TWN-USA 1987", "TRADE TWN-JPN 1987", "TRADE TWN-HKG 1987");
        // a list that is no partner of a flow names one side only
        assertThat(extract("TAIPEI, March 3 - Taiwan's exports rose in February. Factories in the U.S., Japan and Hong Kong "
                + "closed.", at)).isEmpty();
    }

    @Test
    void buyingAStakeWrittenWithAPercentSignIsInvestmentNotTrade() {
        List<NewsEvent> events = extract("Azerbaijan's SOCAR agreed to buy a 10% stake in Kazakhstan's Kashagan field for $1.5 billion.",
                "2026-11-20T00:00:00Z");
        assertThat(events).extracting(NewsEvent::kind).containsExactly(EventKind.INVESTMENT);
        assertThat(events.get(0).pair()).isEqualTo("AZE-KAZ");
    }

    @Test
    void investorRankingsSuppliesHaltedAndTradeWhichReached() {
        assertThat(only(extract("Germany is Kazakhstan's third-largest investor after the Netherlands and the United States.",
                "2026-11-20T00:00:00Z"), EventKind.INVESTMENT).pair()).isEqualTo("DEU-KAZ");
        // a halt of supplies to a country is a sanction on it, as a ban of its imports is
        assertThat(extract("Uzbekistan suspended natural gas supplies to Kyrgyzstan on Friday, citing a cold snap.",
                "2026-11-20T00:00:00Z")).extracting(NewsEvent::kind).containsExactly(EventKind.SANCTION);
        NewsEvent trade = only(extract("Kyrgyzstan and Uzbekistan signed a border treaty in 2023. The two countries have since "
                + "expanded trade, which reached $1.4 billion in 2024.", "2026-11-20T00:00:00Z"), EventKind.TRADE);
        assertThat(trade.date().iso()).isEqualTo("2024");
        assertThat(trade.amount().value()).isEqualByComparingTo("1400000000");
    }

    @Test
    void aDeniedOrRuledOutEventIsNone() {
        assertThat(extract("Japan denied reports that it would impose sanctions on Kazakhstan.", "2026-11-20T00:00:00Z")).isEmpty();
        assertThat(extract("Belgium ruled out new loans to Kazakhstan this year.", "2026-11-20T00:00:00Z")).isEmpty();
    }

    @Test
    void intentionIsMarked() {
        NewsEvent e = only(extract("Japanese Prime Minister is scheduled to visit Kazakhstan next month.",
                "2026-11-20T00:00:00Z"), EventKind.VISIT);
        assertThat(e.pair()).isEqualTo("JPN-KAZ");
        assertThat(e.modality()).isEqualTo(Modality.INTENT);
        assertThat(e.date().iso()).isEqualTo("2026-12");
    }

    @Test
    void repeatedFactMergesIntoOneEvent() {
        String text = "Belgian exports to Kazakhstan reached $514.5 million in 2010. "
                + "Officials said Belgian exports to Kazakhstan reached $514.5 million in 2010, a record.";
        List<NewsEvent> events = extract(text, "2011-01-01T00:00:00Z");
        assertThat(events.stream().filter(e -> e.kind() == EventKind.TRADE)).hasSize(1);
    }

    @Test
    void sameFactFromTwoArticlesHasTheSameId() {
        NewsEvent a = only(extract("Belgian exports to Kazakhstan reached $514.5 million in 2010.", "2011-01-01T00:00:00Z"),
                EventKind.TRADE);
        NewsEvent b = only(extract("In 2010, exports from Belgium to Kazakhstan reached US$514.5 million.", "2012-05-01T00:00:00Z"),
                EventKind.TRADE);
        assertThat(a.id()).isEqualTo(b.id());
    }

    @Test
    void reutersTradeSentenceWithDlrsAndTwoFigures() {
        // Reuters-21578, Distribution 1.0 (style of reut2-000.sgm trade stories)
        String text = "Japan's exports to the U.S. rose to 5.6 billion dlrs in January from 4.9 billion a year earlier.";
        List<NewsEvent> events = extract(text, "1987-02-20T00:00:00Z");
        assertThat(events).extracting(NewsEvent::pair).containsOnly("JPN-USA");
        assertThat(events).extracting(e -> e.date().iso()).containsExactly("1987-01", "1986-01");
        assertThat(events).extracting(e -> e.amount().value())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5600000000"), new BigDecimal("4900000000"));
    }

    @Test
    void noPublicationDateAndNoYearSkipsTheEvent() {
        assertThat(extract("Belgian exports to Kazakhstan rose sharply.", null)).isEmpty();
    }

    @Test
    void sanctionTargetIsActor2() {
        NewsEvent e = only(extract("The United States imposed sanctions on Iran on Monday.", "2026-11-18T12:00:00Z"),
                EventKind.SANCTION);
        assertThat(e.pair()).isEqualTo("USA-IRN");
        assertThat(e.date().iso()).isEqualTo("2026-11-16");
    }

    private static List<String> facts(List<NewsEvent> events) {
        return events.stream().map(e -> e.kind() + " " + e.pair() + " " + e.date().iso()
                + (e.amount() == null ? "" : " " + e.amount().value().toPlainString() + " " + e.amount().currency())).toList();
    }

    @Test
    void aDayFollowingAFactIsPastThoughAPlanComesLater() {
        NewsEvent signed = only(extract("Australia and India signed a free trade agreement in Canberra on 2 April, which will "
                + "remove tariffs on 85% of Australian goods.", "2026-11-20T09:00:00Z"), EventKind.AGREEMENT);
        assertThat(signed.date().iso()).isEqualTo("2026-04-02");
        assertThat(signed.modality()).isEqualTo(Modality.FACT);
        NewsEvent planned = only(extract("Australia and India will sign a free trade agreement in Canberra on 2 April.",
                "2026-11-20T09:00:00Z"), EventKind.AGREEMENT);
        assertThat(planned.date().iso()).isEqualTo("2027-04-02");
    }

    /** Sentences in the style of 2026 news, each with what a careful reader takes from it (published 2026-11-20). */
    @Test
    void modernSentences() {
        String[][] cases = {
            // "deliveries to" is trade
            {"Russian gas deliveries to Hungary rose 12% in October compared with a year earlier.", "TRADE RUS-HUN 2026-10"},
            // a "$" after a country names no currency ("Hong Kong dlrs" does)
            {"Qatar will lend Pakistan $3 billion to shore up its foreign reserves.", "AID QAT-PAK 2026 3000000000 USD"},
            // where the speaker sits is no side
            {"Norway will give Ukraine 5 billion kroner in military aid next year, the defence ministry in Oslo said on Friday.",
                "AID NOR-UKR 2027 5000000000 NOK"},
            // a sum from a body is the body's
            {"Egypt received a $1.2 billion loan from the IMF and $500 million from the United Arab Emirates last month.",
                "AID ARE-EGY 2026-10 500000000 USD"},
            // a ban on goods named by their country's adjective is a sanction; lifting one is no trade
            {"Brazil banned Chinese steel imports on 3 November.", "SANCTION BRA-CHN 2026-11-03"},
            {"India restricted Chinese solar panel imports last year.", "SANCTION IND-CHN 2025"},
            {"Brazil lifted its ban on Chinese steel imports on 3 November after talks with Beijing.", "MEETING BRA-CHN 2026-11-03"},
            // a host receives a guest
            {"French President Emmanuel Macron received his Nigerian counterpart at the Elysee Palace on Wednesday.",
                "VISIT NGA-FRA 2026-11-18"},
            // a body that acts before the cue leaves no giver after it
            {"The World Bank approved a $500 million loan to Kenya, while Britain pledged 40 million pounds in humanitarian aid "
                + "to Sudan.", "AID GBR-SDN 2026 40000000 GBP"},
            // a veto of aid is no aid (and the EU's aid no country's)
            {"Hungary vetoed EU aid to Ukraine last week."},
            // a body's name is no event: one investment, the intended one with its sum
            {"Qatar Investment Authority said it would invest £10 billion in British infrastructure over five years.",
                "INVESTMENT QAT-GBR 2026 10000000000 GBP"},
            {"Mexico became the largest trading partner of the United States in 2024, with trade of about $840 billion.",
                "TRADE MEX-USA 2024 840000000000 USD"},
            // any ISO code; pledged and deposited sums are given
            {"Norway pledged NOK 1.5 billion to Ukraine.", "AID NOR-UKR 2026 1500000000 NOK"},
            {"Saudi Arabia deposited $2 billion with the central bank of Egypt in March.", "AID SAU-EGY 2026-03 2000000000 USD"},
            // agreed now; the pipeline is due by 2028
            {"Turkey and Azerbaijan agreed to build a new gas pipeline by 2028.", "AGREEMENT TUR-AZE 2026-11-20"},
            // each of two subjects invests; their combined sum is read once
            {"Germany and France invested a combined 4 billion euros in Moroccan green hydrogen projects last year.",
                "INVESTMENT FRA-MAR 2025 4000000000 EUR", "INVESTMENT DEU-MAR 2025"},
            {"Britain and Canada imposed sanctions on Russian banks on Monday.", "SANCTION CAN-RUS 2026-11-16",
                "SANCTION GBR-RUS 2026-11-16"},
            {"South Africa's exports to Zimbabwe rose to R120 billion in 2025.", "TRADE ZAF-ZWE 2025 120000000000 ZAR"},
            // a visitor is not the country the meeting is placed in
            {"Spain's Foreign Minister Jose Albares met Moroccan Foreign Minister Nasser Bourita in Madrid.", "VISIT MAR-ESP 2026-11-20",
                "MEETING MAR-ESP 2026-11-20"},
            // an embassy reopened is no visit
            {"Azerbaijan reopened its embassy in Ashgabat on 3 March 2026 after a ten-year break.", "REPRESENTATION AZE-TKM 2026-03-03"},
            // a host receives a guest named with a title and no article; a sum deposited "at" a central bank is given;
            // "since January" dates nothing
            {"Kazakh President Kassym-Jomart Tokayev received German Chancellor Friedrich Merz in Astana on Tuesday.",
                "VISIT DEU-KAZ 2026-11-17"},
            {"Kuwait deposited $2 billion at the Central Bank of Egypt in October.", "AID KWT-EGY 2026-10 2000000000 USD"},
            {"Chinese investment in Serbia has exceeded 10 billion euros since January.", "INVESTMENT CHN-SRB 2026 10000000000 EUR"},
            // the place of a signing hosts it: the guest signs first
            {"The loan agreement was signed in Manila by the Japanese ambassador and the Philippine finance secretary.",
                "AGREEMENT JPN-PHL 2026-11-20"},
            // what follows "three months after" came three months before the anchor
            {"Vietnamese Prime Minister Pham Minh Chinh will visit Washington in December, three months after Vietnam and the "
                + "United States signed a chip supply agreement.", "VISIT VNM-USA 2026-12", "AGREEMENT VNM-USA 2026-09"},
            // "leaders'" is a word of the meeting
            {"Australia and Indonesia will hold their annual leaders' meeting in Jakarta next February.", "VISIT AUS-IDN 2027-02",
                "MEETING AUS-IDN 2027-02"},
            {"The leaders of China and Russia held talks in Moscow on 8 May and signed a joint statement on energy cooperation.",
                "VISIT CHN-RUS 2026-05-08", "MEETING CHN-RUS 2026-05-08", "AGREEMENT CHN-RUS 2026-05-08"},
        };
        for (String[] c : cases) {
            assertThat(facts(extract(c[0], "2026-11-20T09:00:00Z"))).as(c[0]).containsExactly(Arrays.copyOfRange(c, 1, c.length));
        }
    }

    @Test
    void aSummitWithFourOrMorePartnersIsNoBilateralMeeting() {
        // Reuters-21578, Distribution 1.0 (reut2-017.sgm, NEWID 17750)
        assertThat(extract("Reagan will meet the leaders of Britain, France, West Germany, Italy, Canada and Japan at the economic "
                + "summit, which will take place in Venice June 8-10.", "1987-05-27T00:00:00Z")).isEmpty();
        assertThat(facts(extract("Reagan will meet the leaders of Britain and France in Washington on 8 June.", "1987-05-27T00:00:00Z")))
                .containsExactly("MEETING USA-GBR 1987-06-08", "MEETING USA-FRA 1987-06-08");
    }

    @Test
    void aLaterClauseMarksItsOwnCue() {
        // the "from" of "while imports from Canada fell" is not the exporter of the first clause's flow
        assertThat(facts(extract("Mexican exports to the United States grew 6% in the third quarter, while imports from Canada "
                + "fell 4%.", "2026-11-20T09:00:00Z"))).contains("TRADE MEX-USA 2026-07/2026-09")
                .doesNotContain("TRADE CAN-USA 2026-07/2026-09");
    }

    @Test
    void envoysRecalledAndDiplomatsExpelledReduceRepresentation() {
        String[][] cases = {
            {"France recalled its ambassador to Algeria on Tuesday.", "FRA-DZA 2026-11-17"},
            {"Nigeria expelled three Ghanaian diplomats on Friday.", "NGA-GHA 2026-11-20"},
            // the country left is the other side, not a giver
            {"Germany withdrew its ambassador from Niger in August.", "DEU-NER 2026-08"},
        };
        for (String[] c : cases) {
            NewsEvent e = only(extract(c[0], "2026-11-20T09:00:00Z"), EventKind.REPRESENTATION);
            assertThat(e.pair() + " " + e.date().iso()).as(c[0]).isEqualTo(c[1]);
            assertThat(e.cameo()).isEqualTo("161");
            assertThat(EventKind.fromCameo(e.cameo())).isEqualTo(EventKind.REPRESENTATION);
        }
        // recalled "for consultations" is no meeting
        assertThat(extract("Germany recalled its ambassador to Israel for consultations.", "2026-11-20T09:00:00Z"))
                .extracting(NewsEvent::kind).containsExactly(EventKind.REPRESENTATION);
    }

    @Test
    void sanctionsLiftedAreSanctionsEasedWithTheirOwnCameoCode() {
        String[][] cases = {
            {"The United States lifted most sanctions on Syria on Monday.", "USA-SYR", "085"},
            {"The sanctions on Iran were lifted in January by the United States.", "USA-IRN", "085"},
            {"The United States imposed sanctions on Syria on Monday.", "USA-SYR", "163"},
            // an export ban is a sanction on the buyer, not trade with it
            {"The Netherlands blocked exports of advanced chipmaking machines to China on Friday.", "NLD-CHN", "163"},
        };
        for (String[] c : cases) {
            List<NewsEvent> events = extract(c[0], "2026-11-20T09:00:00Z");
            assertThat(events).as(c[0]).extracting(NewsEvent::kind).containsExactly(EventKind.SANCTION);
            assertThat(events.get(0).pair() + " " + events.get(0).cameo()).as(c[0]).isEqualTo(c[1] + " " + c[2]);
            assertThat(EventKind.fromCameo(events.get(0).cameo())).isEqualTo(EventKind.SANCTION);
        }
    }

    @Test
    void financialSupportIsAidAndAReceiptUnderALoanIsTheLoansOneIntendedFact() {
        NewsEvent support = only(extract("Japan will provide $4.5 billion in financial support to Ukraine, the finance ministry "
                + "in Tokyo said on Tuesday.", "2026-11-20T09:00:00Z"), EventKind.AID);
        assertThat(support.pair()).isEqualTo("JPN-UKR");
        assertThat(support.modality()).isEqualTo(Modality.INTENT);
        assertThat(support.amount().value()).isEqualByComparingTo("4500000000");
        // "will receive" and "loan" name one fact: one event, intended, with the loan's sum
        List<NewsEvent> loan = extract("The Philippines will receive five Japanese patrol vessels under a $400 million loan "
                + "from Japan.", "2026-01-15T09:00:00Z");
        assertThat(loan).hasSize(1);
        assertThat(loan.get(0).pair()).isEqualTo("JPN-PHL");
        assertThat(loan.get(0).modality()).isEqualTo(Modality.INTENT);
        assertThat(loan.get(0).amount().value()).isEqualByComparingTo("400000000");
    }

    @Test
    void aConsulateNamedByItsCountrysAdjectiveIsThatCountrysOffice() {
        String[][] cases = {
            {"Poland ordered the closure of the last Russian consulate on its territory, in Gdansk.", "RUS-POL"},
            {"Russia's embassy in Poland was closed on Friday.", "RUS-POL"},
            // the country told to close "its" office owns it
            {"Poland ordered Russia to close its consulate in Gdansk.", "RUS-POL"},
            {"India opened an embassy in Kyrgyzstan.", "IND-KGZ"},
        };
        for (String[] c : cases) {
            assertThat(only(extract(c[0], "2026-05-05T09:00:00Z"), EventKind.REPRESENTATION).pair()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void anOfficialsSurnameAfterParticlesIsHisName() {
        // "Lula da Silva met ... in Beijing": he is the subject, so he visited
        List<NewsEvent> events = extract("Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping in "
                + "Beijing on Tuesday.", "2025-05-14T09:00:00Z");
        assertThat(events).extracting(e -> e.kind() + " " + e.pair() + " " + e.date().iso())
                .containsExactlyInAnyOrder("MEETING BRA-CHN 2025-05-13", "VISIT BRA-CHN 2025-05-13");
    }

    @Test
    void talksInTheOtherSidesCapitalAreItsVisit() {
        String[][] cases = {
            {"The Japanese and South Korean foreign ministers met in Seoul on Thursday.", "JPN-KOR 2026-11-19"},
            {"Kenya and Ethiopia agreed to build a power line, officials said after talks in Nairobi on Wednesday.", "ETH-KEN 2026-11-18"},
            {"Uzbekistan's foreign minister held talks with the German development minister in Tashkent on 16 November.",
                "DEU-UZB 2026-11-16"},
            // the capital last of the places listed
            {"Chirac returned to Paris after three days of talks in New York and Washington with President Reagan on 18 November.",
                "FRA-USA 2026-11-18"},
        };
        for (String[] c : cases) {
            List<NewsEvent> events = extract(c[0], "2026-11-20T09:00:00Z");
            assertThat(only(events, EventKind.VISIT).pair() + " " + only(events, EventKind.VISIT).date().iso()).as(c[0]).isEqualTo(c[1]);
            assertThat(only(events, EventKind.MEETING).pair()).as(c[0]).isEqualTo(c[1].substring(0, 7));
        }
        // talks "here", filed from the host's capital
        List<NewsEvent> here = extract("LONDON, March 3 - French Finance Minister Edouard Balladur discussed the dollar in talks "
                + "here today with British Chancellor Nigel Lawson.", "1987-03-03T09:00:00Z");
        assertThat(only(here, EventKind.VISIT).pair()).isEqualTo("FRA-GBR");
        // a city that is no capital places nothing; nor does a place far after the talks
        assertThat(extract("Japan and South Korea held talks on Thursday, and the minister later flew home.", "2026-11-20T09:00:00Z"))
                .extracting(NewsEvent::kind).doesNotContain(EventKind.VISIT);
    }

    @Test
    void aTravellerWhoLeftOnePlaceForAnotherVisitsItAndTalkingWithIsAMeeting() {
        assertThat(only(extract("British corporate affairs minister Michael Howard, who left Tokyo yesterday for South Korea, "
                + "said he was concerned.", "1987-04-08T09:00:00Z"), EventKind.VISIT).pair()).isEqualTo("GBR-KOR");
        // "left room for" is no departure
        assertThat(extract("Japan's offer left room for talks with the United States.", "1987-04-08T09:00:00Z"))
                .extracting(NewsEvent::kind).doesNotContain(EventKind.VISIT);
        assertThat(only(extract("The United States was talking with Canadian representatives about lumber.",
                "1987-04-08T09:00:00Z"), EventKind.MEETING).pair()).isEqualTo("USA-CAN");
    }

    @Test
    void twoSidesOfficialsWhoDiscussedSomethingMet() {
        List<NewsEvent> events = extract("Kazakh and Uzbek officials discussed water sharing at a meeting in Tashkent on Wednesday.",
                "2026-11-20T09:00:00Z");
        assertThat(events).extracting(e -> e.kind() + " " + e.pair())
                .containsExactlyInAnyOrder("MEETING KAZ-UZB", "VISIT KAZ-UZB");
        // a discussion of the two sides, not of their officials, needs "with" or "between"
        assertThat(extract("Kazakhstan and Uzbekistan's water shortages were discussed at a conference.", "2026-11-20T09:00:00Z"))
                .extracting(NewsEvent::kind).doesNotContain(EventKind.MEETING);
    }

    @Test
    void aPactInkedIsSignedAndAVideoCallIsTalks() {
        assertThat(extract("Japan and India inked a nuclear cooperation pact in Tokyo on Monday.", "2026-11-20T09:00:00Z"))
                .extracting(NewsEvent::kind).contains(EventKind.AGREEMENT);
        assertThat(only(extract("Kazakhstan and Azerbaijan held a video call on the Middle Corridor on Friday.",
                "2026-11-20T09:00:00Z"), EventKind.MEETING).pair()).isEqualTo("KAZ-AZE");
    }

    @Test
    void aHostWhoWillHostOrIsACrownPrinceHostsAGuest() {
        assertThat(only(extract("Chinese President Xi Jinping will host Brazilian President Lula in Beijing next month.",
                "2026-02-10T09:00:00Z"), EventKind.VISIT).pair()).isEqualTo("BRA-CHN");
        // "crown" is no currency here ("Swedish crowns" is)
        assertThat(only(extract("The Saudi crown prince hosted the Turkish president in Jeddah on Wednesday.",
                "2026-04-16T09:00:00Z"), EventKind.VISIT).pair()).isEqualTo("TUR-SAU");
    }

    @Test
    void importedGoodsComeFromTheCountryNamedAfterTheirQuantityAndACountedSaleIsTrade() {
        assertThat(only(extract("India imported 1.8 million barrels per day of Russian crude in August.",
                "2026-09-05T09:00:00Z"), EventKind.TRADE).pair()).isEqualTo("RUS-IND");
        NewsEvent jets = only(extract("The United States approved the sale of 16 F-35 fighter jets to Greece worth $8.6 billion.",
                "2026-01-22T09:00:00Z"), EventKind.TRADE);
        assertThat(jets.pair()).isEqualTo("USA-GRC");
        assertThat(jets.amount().value()).isEqualByComparingTo("8600000000");
        // "the sale of arms to Iran" names a topic, not a counted sale
        assertThat(extract("Reagan was questioned about the sale of arms to Iran.", "1987-03-02T09:00:00Z"))
                .extracting(NewsEvent::kind).doesNotContain(EventKind.TRADE);
    }

    @Test
    void aDiplomatDeclaredPersonaNonGrataIsExpelled() {
        String[][] cases = {
            {"Russia declared two Estonian diplomats persona non grata on Friday.", "RUS-EST"},
            {"South Africa's ambassador to the United States was declared persona non grata by Washington.", "USA-ZAF"},
        };
        for (String[] c : cases) {
            NewsEvent e = only(extract(c[0], "2026-03-09T09:00:00Z"), EventKind.REPRESENTATION);
            assertThat(e.pair() + " " + e.cameo()).as(c[0]).isEqualTo(c[1] + " 161");
        }
    }

    @Test
    void theMonthMayIsNoModalVerb() {
        NewsEvent tariffs = only(extract("Washington raised tariffs on Chinese electric vehicles to 100% in May, and Beijing "
                + "retaliated with duties on US pork.", "2026-11-20T09:00:00Z"), EventKind.SANCTION);
        assertThat(tariffs.pair()).isEqualTo("USA-CHN");
        assertThat(tariffs.modality()).isEqualTo(Modality.FACT);
        assertThat(tariffs.date().iso()).isEqualTo("2026-05");
        assertThat(only(extract("Japan may impose tariffs on U.S. goods.", "1987-03-02T09:00:00Z"), EventKind.SANCTION).modality())
                .isEqualTo(Modality.INTENT);
    }

    @Test
    void tradeSurplusPutsTheSurplusSideFirst() {
        // Reuters-21578, Distribution 1.0 (reut2-011.sgm, NEWID 11209)
        List<NewsEvent> events = extract("South Korea's trade surplus with the U.S. Rose to 7.1 billion dlrs last year "
                + "from 4.3 billion in 1985.", "1987-03-31T05:05:03Z");
        assertThat(facts(events)).containsExactly("TRADE KOR-USA 1986 7100000000 USD", "TRADE KOR-USA 1985 4300000000 USD");
    }

    @Test
    void tradeDeficitPutsThePartnerFirst() {
        assertThat(facts(extract("Germany's trade deficit with China widened to EUR 66 billion in 2024.", "2025-02-01T00:00:00Z")))
                .containsExactly("TRADE CHN-DEU 2024 66000000000 EUR");
    }

    @Test
    void listOfPartnersGivesOneEventPerSum() {
        // Reuters-21578, Distribution 1.0 (reut2-016.sgm, NEWID 16788)
        List<NewsEvent> events = extract("The U.S. Last year had major deficits with three of its Asian trading partners -- "
                + "South Korea 7.1 billion dlrs, Hong Kong 6.4 billion and China 2.1 billion.", "1987-04-17T07:53:36Z");
        assertThat(facts(events)).containsExactly("TRADE KOR-USA 1986 7100000000 USD", "TRADE HKG-USA 1986 6400000000 USD",
                "TRADE CHN-USA 1986 2100000000 USD");
    }

    @Test
    void eachSumGoesToTheFlowItMeasures() {
        // Reuters-21578, Distribution 1.0 (reut2-003.sgm, NEWID 3441)
        List<NewsEvent> events = extract("Frolov said the Soviet Union exported 500 mln dlrs worth of goods to the United States "
                + "in 1986 and imported 1.5 billion dlrs worth.", "1987-03-10T00:00:00Z");
        assertThat(facts(events)).containsExactly("TRADE RUS-USA 1986 500000000 USD", "TRADE USA-RUS 1986 1500000000 USD");
    }

    @Test
    void departuresAndVisitorsAreVisits() {
        NewsEvent leaves = only(extract("Egypt's economy minister leaves for Moscow on Tuesday for trade talks.",
                "2026-03-02T00:00:00Z"), EventKind.VISIT);
        assertThat(leaves.pair()).isEqualTo("EGY-RUS");
        NewsEvent visiting = only(extract("The loan accord was signed in Tokyo by the visiting Indonesian finance minister.",
                "2026-03-02T00:00:00Z"), EventKind.VISIT);
        assertThat(visiting.pair()).isEqualTo("IDN-JPN");
    }

    @Test
    void signingAnAgreementOnInvestmentIsAnAgreement() {
        String text = "Kazakhstan's president met the Belgian prime minister on 4 March 2025. "
                + "The two countries signed an agreement on investment cooperation in Brussels on 5 March 2025.";
        List<NewsEvent> events = extract(text, "2025-03-06T00:00:00Z");
        assertThat(events).extracting(NewsEvent::kind).doesNotContain(EventKind.INVESTMENT);
        NewsEvent agreement = only(events, EventKind.AGREEMENT);
        assertThat(agreement.pair()).isEqualTo("KAZ-BEL");
        assertThat(agreement.date().iso()).isEqualTo("2025-03-05");
    }

    @Test
    void sanctionOnAListOfCountriesGivesOneEventEach() {
        List<NewsEvent> events = extract("Norway's parliament approved a trade ban against South Africa and Namibia.",
                "2026-03-02T00:00:00Z");
        assertThat(events).filteredOn(e -> e.kind() == EventKind.SANCTION).extracting(NewsEvent::pair)
                .containsExactlyInAnyOrder("NOR-ZAF", "NOR-NAM");
    }

    @Test
    void conditionsAndNegationsStateNoEvent() {
        assertThat(extract("If Congress closed its markets, Japanese exports to the United States would collapse.",
                "2026-03-02T00:00:00Z")).isEmpty();
        assertThat(extract("The loan to Indonesia will not be tied to purchases of Japanese goods.",
                "2026-03-02T00:00:00Z")).extracting(NewsEvent::kind).doesNotContain(EventKind.TRADE);
    }

    @Test
    void aFigureWithoutACountryContinuesThePair() {
        // Reuters-21578, Distribution 1.0 (reut2-002.sgm, NEWID 2535), second sentence
        String text = "Argentina and Brazil signed a new trade protocol on Monday. "
                + "He said trade last year totalled 1.3 billion dlrs versus 700 mln dlrs in 1985.";
        assertThat(facts(extract(text, "1987-03-04T00:00:00Z"))).contains(
                "TRADE ARG-BRA 1986 1300000000 USD", "TRADE ARG-BRA 1985 700000000 USD");
    }

    @Test
    void exportsToSomethingElseAreNotThePairsTrade() {
        String text = "Belgium and Kazakhstan signed a memorandum on energy on 5 March 2025. "
                + "Belgian exports to the European Union rose 5% to EUR 300 billion in 2024.";
        assertThat(extract(text, "2025-03-06T00:00:00Z")).extracting(NewsEvent::kind).doesNotContain(EventKind.TRADE);
    }

    @Test
    void talksInACapitalMakeItsCountryTheHost() {
        NewsEvent e = only(extract("South Korean and U.S. officials will hold energy talks in Washington next week.",
                "2026-03-02T00:00:00Z"), EventKind.MEETING);
        assertThat(e.pair()).isEqualTo("KOR-USA");
        assertThat(e.modality()).isEqualTo(Modality.INTENT);
    }

    @Test
    void anAgreementToActStatesTheActToo() {
        List<NewsEvent> events = extract("Britain and Nigeria signed an agreement to reschedule Nigeria's official debts on Monday.",
                "2026-03-04T00:00:00Z");
        assertThat(events).extracting(NewsEvent::kind).contains(EventKind.AGREEMENT, EventKind.AID);
        assertThat(only(events, EventKind.AID).pair()).isEqualTo("GBR-NGA");
    }

    @Test
    void signingInACapitalTiesItsCountryToThePair() {
        String text = "Italy's state energy group ENI said it would invest in Venezuelan coal with PDVSA. "
                + "Its subsidiary will sign a letter of intent in Caracas tomorrow.";
        NewsEvent e = only(extract(text, "2026-03-04T00:00:00Z"), EventKind.AGREEMENT);
        assertThat(e.pair()).isEqualTo("ITA-VEN");
        assertThat(e.modality()).isEqualTo(Modality.INTENT);
    }

    @Test
    void citiesAndRegionsAreNoParties() {
        // "Rotterdam", "Valencia" place the shipment; they do not name a state that trades
        assertThat(extract("Corn shipments bound for Rotterdam left Valencia on Monday.", "2026-03-04T00:00:00Z")).isEmpty();
    }

    @Test
    void aLoanOfAnInternationalBodyIsNotAidBetweenStates() {
        List<NewsEvent> events = extract("Sri Lanka's finance minister left for Washington to discuss an IMF loan facility "
                + "of up to 6.5 billion rupees.", "2026-03-04T00:00:00Z");
        assertThat(events).extracting(NewsEvent::kind).containsExactly(EventKind.VISIT);
        assertThat(events.get(0).pair()).isEqualTo("LKA-USA");
    }

    @Test
    void aCountryNamedAsAYardstickIsNoSide() {
        assertThat(extract("Prices were a strength of Chilean exports compared with Peru, which relies on copper.",
                "2026-03-04T00:00:00Z")).isEmpty();
        assertThat(extract("Chilean exports grew faster than Argentina's last year.", "2026-03-04T00:00:00Z")).isEmpty();
    }

    @Test
    void whereAReportWasReceivedIsNoSide() {
        List<NewsEvent> events = extract("The agency, received in London, said Iran and Ghana signed a trade accord.",
                "2026-03-04T00:00:00Z");
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.pair()).doesNotContain("GBR"));
    }

    @Test
    void theDatelinePlacesVisitsButIsNoSideAndItsDateIsNotTheEvents() {
        String text = "LA PAZ, March 23 - The West German president arrives today for a four-day official visit.\n"
                + "BUENOS AIRES, the Argentine capital, saw trade with Brazil jump 90 pct in 1986.";
        List<NewsEvent> events = extract(text, "1987-03-23T10:00:00Z");
        NewsEvent visit = only(events, EventKind.VISIT);
        assertThat(visit.pair()).isEqualTo("DEU-BOL");
        assertThat(visit.evidence().sentence()).startsWith("The West German president"); // the dateline is not evidence
        assertThat(events).noneMatch(e -> e.actor1().equals("BOL") || e.kind() == EventKind.VISIT && e.date().iso().equals("1987-03"));
    }

    @Test
    void hereIsThePlaceOfTheDatelineAndItsHostComesSecond() {
        String text = "MOSCOW, March 31 - British and Soviet ministers signed two agreements here today.";
        NewsEvent signed = only(extract(text, "1987-03-31T10:00:00Z"), EventKind.AGREEMENT);
        assertThat(signed.pair()).isEqualTo("GBR-RUS");
        assertThat(signed.date().iso()).isEqualTo("1987-03-31");
        // "officials here" are locals speaking, not a side: the Soviet view of Japan's exports is no Soviet trade
        assertThat(extract("MOSCOW, March 31 - Officials here said Japanese exports of cars rose 5 pct.", "1987-03-31T10:00:00Z"))
                .isEmpty();
    }

    @Test
    void talkAboutTradeWithoutAFlowIsNoEvent() {
        assertThat(extract("He did not think there would be a trade war with Japan, which sells much to the United States.",
                "1987-03-31T10:00:00Z")).isEmpty();
        assertThat(extract("She said they had set targets for increased trade between Britain and the Soviet Union.",
                "1987-03-31T10:00:00Z")).isEmpty();
        NewsEvent coal = only(extract("Egypt already imports Soviet coal, wood and glass.", "1987-03-31T10:00:00Z"),
                EventKind.TRADE);
        assertThat(coal.pair()).isEqualTo("RUS-EGY");
        NewsEvent oil = only(extract("Ghana will import 15,000 tonnes of crude oil annually from Iran.", "1987-04-08T10:00:00Z"),
                EventKind.TRADE);
        assertThat(oil.pair()).isEqualTo("IRN-GHA");
    }

    @Test
    void partnersListedAfterWithShareTheSubjectNamedBefore() {
        String text = "Nigeria is rescheduling its official debts country by country. "
                + "So far, bilateral accords have been reached with the U.K. And France.";
        List<NewsEvent> agreements = extract(text, "1987-03-30T10:00:00Z").stream()
                .filter(e -> e.kind() == EventKind.AGREEMENT).toList();
        assertThat(agreements).extracting(NewsEvent::pair).containsExactlyInAnyOrder("NGA-GBR", "NGA-FRA");
    }

    @Test
    void aListOfThreeCountriesNamesOneSide() {
        assertThat(extract("The joint venture will sell its products to the automotive industry in the U.S., Canada and Mexico.",
                "1987-03-05T10:00:00Z")).isEmpty();
    }

    @Test
    void aSideDealingWithAnInternationalBodyTakesNoPartnerFromTheArticle() {
        String text = "Nigeria and Britain signed an agreement to reschedule Nigeria's official debts. "
                + "It follows an agreement between Nigeria and the Paris Club in December to reschedule 7.5 billion dlrs of debt.";
        List<NewsEvent> events = extract(text, "1987-03-24T10:00:00Z");
        assertThat(events).noneMatch(e -> e.amount() != null);
        assertThat(events).anyMatch(e -> e.kind() == EventKind.AGREEMENT && e.pair().equals("NGA-GBR"));
    }

    @Test
    void aSumCreditIsAidAndAnUnmarkedEmbargoIsNoSanction() {
        NewsEvent credit = only(extract("Three Swiss banks provided an initial 409 mln franc credit to Argentina in 1980.",
                "1987-03-05T10:00:00Z"), EventKind.AID);
        assertThat(credit.pair()).isEqualTo("CHE-ARG");
        assertThat(credit.amount().currency()).isEqualTo("CHF");
        assertThat(credit.date().iso()).isEqualTo("1980");
        assertThat(extract("\"The post-detente embargoes have taught the USSR to limit its trading with the U.S.,\" he said.",
                "1987-03-05T10:00:00Z")).noneMatch(e -> e.kind() == EventKind.SANCTION);
    }

    @Test
    void aVisitGoesWhereTheTravellerGoesNotWhereHisConcernsLie() {
        List<NewsEvent> events = extract("French officials said a major aim of Chirac's visit to Washington was to present France's "
                + "concern about any accord with the Soviet Union.", "1987-03-31T10:00:00Z");
        assertThat(events).filteredOn(e -> e.kind() == EventKind.VISIT).extracting(NewsEvent::pair).containsExactly("FRA-USA");
        // arriving from Helsinki: where the travellers came from is no side of the meeting
        assertThat(extract("Shultz went into a meeting with Shevardnadze after arriving in Moscow from Helsinki.",
                "1987-04-13T10:00:00Z")).noneMatch(e -> e.actor1().equals("FIN") || e.actor2().equals("FIN"));
    }

    @Test
    void attendeesListedFromTheDatelineAreVisitorsAndADatedPactWasSigned() {
        List<NewsEvent> events = extract("MANAGUA, March 9 - The meeting was attended by representatives from Brazil, Mexico, "
                + "Guatemala and Panama.", "1987-03-09T10:00:00Z");
        assertThat(events).extracting(NewsEvent::pair).containsExactlyInAnyOrder("BRA-NIC", "MEX-NIC", "GTM-NIC", "PAN-NIC");
        assertThat(events).allMatch(e -> e.kind() == EventKind.VISIT);
        List<NewsEvent> pact = extract("U.S. and Japanese officials are to meet under the emergency provisions of a July 1986 "
                + "semiconductor pact.", "1987-04-07T10:00:00Z");
        assertThat(only(pact, EventKind.AGREEMENT).date().iso()).isEqualTo("1986-07");
        assertThat(only(pact, EventKind.MEETING).date().iso()).startsWith("1987-04"); // the pact's date is not the meeting's
    }

    @Test
    void anOfficialIntroducedWithHisCountryStandsForItWhenNamedAgainButNotAsASpeaker() {
        String text = "WASHINGTON, April 8 - Brazilian Finance Minister Dilson Funaro said creditors had to trust him.\n"
                + "Funaro, who is in Washington to attend the Interim Committee meetings, met bankers.\n"
                + "Funaro said Japan's exports would suffer.";
        List<NewsEvent> events = extract(text, "1987-04-08T10:00:00Z");
        assertThat(only(events, EventKind.VISIT).pair()).isEqualTo("BRA-USA");
        assertThat(events).noneMatch(e -> e.actor1().equals("JPN") || e.actor2().equals("JPN"));
    }

    @Test
    void aGrantWithoutASumIsTheSameFactAsTheLoanWithOne() {
        assertThat(facts(extract("Japan granted Indonesia a 200 mln dlr loan last week.", "1987-03-15T00:00:00Z")))
                .containsExactly("AID JPN-IDN 1987-03 200000000 USD");
    }

    @Test
    void aTravellerDueSomewhereOrThereForTalksVisitsIt() {
        assertThat(facts(extract("Japanese Prime Minister Yasuhiro Nakasone is due in Washington on April 29.",
                "1987-03-15T00:00:00Z"))).containsExactly("VISIT JPN-USA 1987-04-29");
        // After Reuters-21578 NEWID 8599 (reut2-009.sgm): the visit, and the talks it is for
        assertThat(facts(extract("U.S. Trade Representative Clayton Yeutter, in Tokyo for talks, said Japan must open its markets.",
                "1987-03-24T00:00:00Z"))).contains("VISIT USA-JPN 1987-03-24", "MEETING USA-JPN 1987-03-24");
    }

    @Test
    void anOfficialWithATitleOfSeveralWordsIsKnownByHisSurname() {
        // After Reuters-21578 NEWID 1909 (reut2-002.sgm)
        String text = "TOKYO, March 5 - OPEC countries stick to official prices, Indonesian Minister of Mines and Energy "
                + "Subroto told Reuters.\nSubroto, attending a Pacific Energy Cooperation conference, blamed spot prices.";
        assertThat(facts(extract(text, "1987-03-05T00:00:00Z"))).contains("VISIT IDN-JPN 1987-03-05");
    }

    @Test
    void talksWithBanksAreNoMeetingOfStatesButTalksWithOfficialsAndBanksAre() {
        // After Reuters-21578 NEWID 11155 (reut2-011.sgm) and 2503 (reut2-003.sgm)
        assertThat(extract("NEW YORK, March 31 - Financing talks here between the Argentine government and its bank "
                + "advisory committee are finely poised.", "1987-03-31T10:00:00Z"))
                .noneMatch(e -> e.kind() == EventKind.MEETING);
        assertThat(facts(extract("Brazilian Finance Minister Dilson Funaro will fly to Japan for talks with government "
                + "officials and representatives of banks.", "1987-03-05T10:00:00Z")))
                .anyMatch(f -> f.startsWith("MEETING BRA-JPN"));
    }

    @Test
    void anAgreementDatedByAPossessiveIsAnAgreementOfThatTime() {
        // After Reuters-21578 NEWID 13050 (reut2-013.sgm) and 15447 (reut2-015.sgm)
        assertThat(facts(extract("Following last week's bilateral accord between Britain and Nigeria to reschedule "
                + "insured trade debts, bankers had hoped that talks would start.", "1987-03-31T10:00:00Z")))
                .contains("AGREEMENT GBR-NGA 1987-03");
        assertThat(facts(extract("The Commission claims last year's accord between the U.S. and Japan on microchip pricing "
                + "gives U.S. firms privileged access.", "1987-04-09T10:00:00Z")))
                .contains("AGREEMENT USA-JPN 1986");
    }

    @Test
    void aComparisonRightAfterABilateralFigureRestatesItForAnotherTimeButNotAfterATotal() {
        // After Reuters-21578 NEWID 5371 (reut2-005.sgm)
        String text = "FRANKFURT, March 16 - West German exports to the United States were 3.85 billion marks in January.\n"
                + "This compared with 4.86 billion marks in January 1986.";
        assertThat(facts(extract(text, "1987-03-16T10:00:00Z")))
                .contains("TRADE DEU-USA 1987-01 3850000000 DEM", "TRADE DEU-USA 1986-01 4860000000 DEM");

        String total = "FRANKFURT, March 16 - Total West German exports were 34.76 billion marks in January.\n"
                + "This compared with 36.45 billion marks in January 1986.";
        assertThat(extract(total, "1987-03-16T10:00:00Z")).isEmpty();
    }

    @Test
    void aForeignOfficialWhoMetSomeoneInAPlaceVisitedItOnThatDay() {
        List<NewsEvent> events = extract("French Foreign Minister Jean-Bernard Raimond met Soviet leader Mikhail Gorbachev "
                + "in Moscow on Tuesday.", "1987-03-15T00:00:00Z");
        assertThat(facts(events)).contains("VISIT FRA-RUS 1987-03-10", "MEETING FRA-RUS 1987-03-10");
        // the host who meets his guest at home visits nobody
        assertThat(extract("Soviet leader Mikhail Gorbachev met French Foreign Minister Jean-Bernard Raimond in Moscow "
                + "on Tuesday.", "1987-03-15T00:00:00Z")).noneMatch(e -> e.kind() == EventKind.VISIT && e.actor1().equals("RUS"));
    }

    @Test
    void aForeignOfficialWhoIsInAPlaceVisitsItButNotWhenOthersAreThere() {
        // After Reuters-21578 NEWID 21006 (reut2-021.sgm) and 10639 (reut2-010.sgm)
        assertThat(facts(extract("Iranian Prime Minister Mir-Hossein Mousavi is currently in Damascus, and diplomats said "
                + "he would seek Syrian help.", "1987-10-19T10:00:00Z"))).contains("VISIT IRN-SYR 1987-10-19");
        assertThat(extract("Libyan leader Muammar Gaddafi repeated that no Libyan forces are in Chad.", "1987-03-29T10:00:00Z"))
                .noneMatch(e -> e.kind() == EventKind.VISIT);
    }

    @Test
    void aForeignOfficialSpeakingHereVisitsThePlaceFiledFromButNotAnAmbassadorNorABroadcast() {
        // After Reuters-21578 NEWID 2730 (reut2-003.sgm) and 8097 (reut2-009.sgm)
        String speaking = "PARIS, March 6 - Chief Soviet arms negotiator Yuli Vorontsov said the talks made a breakthrough.\n"
                + "He told a news conference here the treaty could be ready within months.";
        assertThat(facts(extract(speaking, "1987-03-06T12:00:00Z"))).contains("VISIT RUS-FRA 1987-03-06");

        String resident = "PARIS, March 6 - Soviet Ambassador Yakov Ryabov said relations were good.\n"
                + "Ryabov told a news conference here the treaty could be ready within months.";
        assertThat(extract(resident, "1987-03-06T12:00:00Z")).noneMatch(e -> e.kind() == EventKind.VISIT);

        String broadcast = "LONDON, March 22 - U.S. Treasury Secretary James Baker ruled out a target for the dollar.\n"
                + "Baker said in a television interview aired here yesterday that the dollar had fallen enough.";
        assertThat(extract(broadcast, "1987-03-22T12:00:00Z")).noneMatch(e -> e.kind() == EventKind.VISIT);
    }

    @Test
    void aFigureContinuesThePairOfTheSentenceBeforeOnlyAndTheDatelinesBalanceIsItsOwn() {
        String text = "WASHINGTON, March 17 - The trade deficit with Japan rose to 54.6 billion dlrs in 1986.\n"
                + "Exports to Canada rose to 45 billion dlrs in 1986.\n"
                + "Imports rose to 369.5 billion dlrs in 1986.\n"
                + "Exports increased to 221.8 billion dlrs.";
        List<NewsEvent> trade = extract(text, "1987-03-17T10:00:00Z");
        assertThat(trade).extracting(NewsEvent::pair).contains("JPN-USA");
        assertThat(trade).filteredOn(e -> e.amount() != null)
                .extracting(e -> e.amount().value().stripTrailingZeros().toPlainString())
                .doesNotContain("221800000000"); // the second figure sentence is the country's total, not the pair's
    }

    @Test
    void talksAmongManyAreNoBilateralMeetingAndMeetingCommitmentsIsNone() {
        assertThat(extract("At the recent talks among the six major industrialised nations in Paris, Japan promised a package.",
                "1987-03-05T10:00:00Z")).noneMatch(e -> e.kind() == EventKind.MEETING);
        assertThat(extract("The U.S. will urge Tokyo and Bonn to meet commitments to speed economic growth.",
                "1987-04-07T10:00:00Z")).noneMatch(e -> e.kind() == EventKind.MEETING);
        assertThat(extract("The loan will help Jamaica's sugar industry meet both domestic demand and the export demand of the "
                + "United States.", "1987-04-07T10:00:00Z")).noneMatch(e -> e.kind() == EventKind.MEETING);
        NewsEvent held = only(extract("Brazilian and U.S. trade officials held the first of a three-day meeting today in Brasilia.",
                "1987-03-25T10:00:00Z"), EventKind.MEETING);
        assertThat(held.pair()).isEqualTo("USA-BRA"); // the guest first: Brasilia is the host
    }

    @Test
    void aFlowWithoutItsOwnSideIsThatOfThePlaceFiledFrom() {
        NewsEvent total = only(extract("NEW DELHI, April 1 - Total trade with the Soviet Union is estimated at 3.04 billion dlrs "
                + "in 1987.", "1987-04-01T10:00:00Z"), EventKind.TRADE);
        assertThat(total.pair()).isEqualTo("IND-RUS");
        assertThat(total.amount().value()).isEqualByComparingTo("3040000000");
        NewsEvent forecast = only(extract("Soviet-West German trade is expected to develop favourably this year.",
                "1987-03-13T10:00:00Z"), EventKind.TRADE);
        assertThat(forecast.pair()).isEqualTo("RUS-DEU");
        assertThat(forecast.modality()).isEqualTo(Modality.INTENT);
    }

    @Test
    void aCompanyIntroducedWithItsCountryStandsForItLater() {
        // A stake is an investment in the country of the business bought, and buying it is no trade.
        List<String> events = facts(extract("STOCKHOLM, May 4 - Swedish insurer Norrfors AB said it bought a 4.9 pct stake "
                + "in Larchmont Securities, a U.S. brokerage firm.\nNorrfors will also set up a joint venture in London.",
                "1987-05-04T10:00:00Z"));
        assertThat(events).containsExactly("INVESTMENT SWE-USA 1987", "INVESTMENT SWE-GBR 1987");
    }

    @Test
    void acquiringACompanyIsAnInvestmentInItsCountry() {
        assertThat(facts(extract("Britain's Mallory Holdings Plc said it agreed to acquire Tennant Valve Corp of the U.S. "
                + "for 14.5 mln dlrs.", "1987-03-02T10:00:00Z")))
                .containsExactly("INVESTMENT GBR-USA 1987 14500000 USD");
    }

    @Test
    void aCompanyNamedBeforeItsCountryBelongsToAParentElsewhere() {
        // "Hoechst AG's U.S. unit, Hoechst Celanese": the parent named first is not American
        assertThat(facts(extract("FRANKFURT, April 2 - Weisskamp AG's U.S. unit, Weisskamp Fibers Corp, said it had taken "
                + "over a plant.\nWeisskamp will set up a joint venture in Japan.", "1987-04-02T10:00:00Z")))
                .noneMatch(f -> f.contains("USA-JPN"));
    }

    @Test
    void aVentureWithAForeignPartnerIsItsInvestmentWhereTheStoryWasFiled() {
        assertThat(facts(extract("CLEVELAND, March 16 - Ostrander Industries Inc said it agreed to form a joint venture company "
                + "with Hakone Rubber Corp of Tokyo.", "1987-03-16T10:00:00Z")))
                .containsExactly("INVESTMENT JPN-USA 1987");
        // placed elsewhere: the dateline says nothing of where the venture is
        assertThat(facts(extract("CLEVELAND, March 16 - Ostrander Industries Inc said it agreed to form a joint venture company "
                + "with Hakone Rubber Corp of Tokyo, based in Singapore.", "1987-03-16T10:00:00Z")))
                .noneMatch(f -> f.endsWith("-USA 1987"));
    }

    @Test
    void aBankOfThePlaceFiledFromLendsToTheCountryItNames() {
        List<String> events = facts(extract("DALLAS, April 7 - Lakeshore Bancorp said it has placed 182.6 mln dlrs of term "
                + "loans to Brazil on a non-accrual basis.\nExcluding Brazil, non-accruing loans were 583 mln dlrs.",
                "1987-04-07T10:00:00Z"));
        assertThat(events).containsExactly("AID USA-BRA 1987 182600000 USD");
    }

    @Test
    void talksAboutACompanyDealAreNoMeetingOfStates() {
        assertThat(extract("Dutch airline Vlieger NV said it is negotiating for a minority stake in a British courier service.",
                "1987-03-16T10:00:00Z")).noneMatch(e -> e.kind() == EventKind.MEETING);
        assertThat(extract("Australian sources said Japanese utilities are demanding price cuts in coal contract negotiations "
                + "with Australia.", "1987-03-16T10:00:00Z")).noneMatch(e -> e.kind() == EventKind.MEETING);
        assertThat(facts(extract("The U.S. and Kuwait have been negotiating for over a month on protecting Kuwaiti ships.",
                "1987-04-07T10:00:00Z"))).contains("MEETING USA-KWT 1987-04-07");
    }

    @Test
    void aThreatTargetsTheCountryItIsMadeAgainst() {
        assertThat(facts(extract("Britain warned that it would retaliate if Japan did not open its markets.",
                "1987-03-10T10:00:00Z"))).containsExactly("SANCTION GBR-JPN 1987-03-10");
        assertThat(facts(extract("Senior U.S. officials have accused Tokyo of failing to live up to the accord and have "
                + "threatened retaliatory action.", "1987-03-10T10:00:00Z"))).containsExactly("SANCTION USA-JPN 1987-03-10");
    }

    @Test
    void partnersNamedAfterSuchAsAreEachATarget() {
        assertThat(facts(extract("The U.S. Congress is considering measures that would penalise trading partners such as "
                + "Japan, South Korea and Taiwan.", "1987-03-10T10:00:00Z")))
                .containsExactly("SANCTION USA-JPN 1987-03-10", "SANCTION USA-KOR 1987-03-10", "SANCTION USA-TWN 1987-03-10");
    }

    @Test
    void theLargestCustomerForAnotherCountrysGoodsImportsThemToday() {
        assertThat(facts(extract("Kato added Japan is the largest customer for U.S. grain and depended on domestic output "
                + "for only 53 pct of its food requirements in 1985.", "1987-04-10T10:00:00Z")))
                .containsExactly("TRADE USA-JPN 1987");
        assertThat(facts(extract("South Korea is the second largest importer of U.S. cotton after Japan.",
                "1987-03-10T10:00:00Z"))).containsExactly("TRADE USA-KOR 1987");
    }

    @Test
    void oneSumFromAListOfDonorsIsAidFromEachWithTheSumOnTheFirst() {
        assertThat(facts(extract("Jordan was to receive a total of 1.25 billion dlrs annually from Algeria, Iraq and Kuwait.",
                "1987-03-16T10:00:00Z")))
                .containsExactlyInAnyOrder("AID DZA-JOR 1987 1250000000 USD", "AID IRQ-JOR 1987", "AID KWT-JOR 1987");
    }

    @Test
    void aCompanyOfThePlaceFiledFromSigningWithAForeignGovernmentIsAnAgreement() {
        assertThat(facts(extract("BURBANK, Calif., March 24 - Harbor Leisure Co said it has signed a definitive agreement with "
                + "the French government to build and operate a theme park.", "1987-03-24T10:00:00Z")))
                .containsExactly("AGREEMENT USA-FRA 1987-03-24");
    }

    @Test
    void aTravellerWithoutACountryLeavesFromThePlaceFiledFrom() {
        assertThat(facts(extract("CARACAS, April 27 - Finance minister Manuel Azpurua said he will visit Japan in mid-May to seek "
                + "new credits for Venezuela's aluminum industry.", "1987-04-27T10:00:00Z")))
                .contains("VISIT VEN-JPN 1987-05");
    }

    @Test
    void aCompanyOfThePlaceFiledFromInvestsWhereItBuildsOrBuys() {
        assertThat(facts(extract("PHILADELPHIA, Oct 19 - Gradwell Pharma Corp said it opened an 8.5 mln dlr manufacturing plant "
                + "in Tianjin, China.", "1987-10-19T10:00:00Z"))).contains("INVESTMENT USA-CHN 1987 8500000 USD"); // the sum inside the cue is its own
        assertThat(facts(extract("BASLE, March 3 - Ruedlin AG said it planned a joint venture to produce herbicides in the "
                + "Soviet Union.", "1987-03-03T10:00:00Z"))).containsExactly("INVESTMENT CHE-RUS 1987");
        // no company as the subject: nothing is said of who invests
        assertThat(extract("PHILADELPHIA, Oct 19 - Foreign investment in China rose sharply, officials said.",
                "1987-10-19T10:00:00Z")).noneMatch(e -> e.pair().equals("USA-CHN"));
    }
}
