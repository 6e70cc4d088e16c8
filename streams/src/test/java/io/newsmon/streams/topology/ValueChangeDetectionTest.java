package io.newsmon.streams.topology;

import static io.newsmon.streams.topology.TopologyFixture.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.EventKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueChangeDetectionTest {
    private static final String PUB = "2026-11-24T08:00:00Z";

    @Test
    void aFallBeyondTheShareRaisesADropWithFiguresAndBothYearsSentences() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "514500000", "USD", "a1", PUB, "Exports reached $514.5 million in 2010."));
            t.send(trade("BEL", "KAZ", "2011", "250000000", "USD", "a2", PUB, "Exports fell to $250 million in 2011."));

            List<Alert> alerts = t.alerts.readValuesToList();
            assertThat(alerts).hasSize(1);
            Alert drop = alerts.get(0);
            assertThat(drop.type()).isEqualTo(AlertType.DROP);
            assertThat(drop.actor1()).isEqualTo("BEL");
            assertThat(drop.actor2()).isEqualTo("KAZ");
            assertThat(drop.kind()).isEqualTo(EventKind.TRADE);
            assertThat(drop.period()).isEqualTo("2011");
            assertThat(drop.basePeriod()).isEqualTo("2010");
            assertThat(drop.observed()).isEqualByComparingTo("250000000");
            assertThat(drop.baseline()).isEqualByComparingTo("514500000");
            assertThat(drop.unit()).isEqualTo("USD");
            assertThat(drop.test()).contains("-51.4%").contains("30%");
            assertThat(drop.reason()).contains("BEL→KAZ").contains("fell").contains("514,500,000 USD").contains("2011");
            assertThat(drop.evidence()).extracting(Alert.Quote::sentence)
                    .containsExactly("Exports fell to $250 million in 2011.", "Exports reached $514.5 million in 2010.");
            assertThat(drop.raisedAt()).isEqualTo(PUB);
        }
    }

    @Test
    void aChangeBelowTheShareRaisesNothing() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "500000000", "USD", "a1", PUB, "s1"));
            t.send(trade("BEL", "KAZ", "2011", "400000000", "USD", "a2", PUB, "s2")); // -20%
            assertThat(t.alerts.readValuesToList()).isEmpty();
        }
    }

    @Test
    void aLargeShareOfASmallAmountRaisesNothing() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "1500000", "USD", "a1", PUB, "s1"));
            t.send(trade("BEL", "KAZ", "2011", "700000", "USD", "a2", PUB, "s2")); // -53%, but only 800k
            assertThat(t.alerts.readValuesToList()).isEmpty();
        }
    }

    @Test
    void aRiseBeyondTheShareRaisesARise() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "100000000", "USD", "a1", PUB, "s1"));
            t.send(trade("BEL", "KAZ", "2011", "140000000", "USD", "a2", PUB, "s2")); // +40%
            List<Alert> alerts = t.alerts.readValuesToList();
            assertThat(alerts).extracting(Alert::type).containsExactly(AlertType.RISE);
            assertThat(alerts.get(0).test()).contains("+40.0%");
        }
    }

    @Test
    void yearsInDifferentCurrenciesAreComparedInConvertedDollars() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2022", "500000000", "USD", "a1", PUB, "Exports reached $500 million in 2022."));
            // 277.5 million EUR at 0.925 per USD (2023) = 300 million USD: -40%
            t.send(trade("BEL", "KAZ", "2023", "277500000", "EUR", "a2", PUB, "Exports fell to EUR 277.5 million in 2023."));
            List<Alert> alerts = t.alerts.readValuesToList();
            assertThat(alerts).hasSize(1);
            Alert drop = alerts.get(0);
            assertThat(drop.type()).isEqualTo(AlertType.DROP);
            assertThat(drop.unit()).isEqualTo("USD");
            assertThat(drop.observed()).isEqualByComparingTo("300000000");
            assertThat(drop.baseline()).isEqualByComparingTo("500000000");
            assertThat(drop.test()).contains("converted to USD").contains("usd-rates v1").contains("[EUR] in 2023")
                    .contains("-40.0%");
            assertThat(drop.reason()).contains("300,000,000 USD (converted) in 2023");
            assertThat(drop.evidence()).extracting(Alert.Quote::sentence).containsExactly(
                    "Exports fell to EUR 277.5 million in 2023.", "Exports reached $500 million in 2022.");
            // distinct from a same-currency USD comparison of the same years
            assertThat(drop.id()).isNotEqualTo(io.newsmon.streams.detect.AlertIds.of(AlertType.DROP,
                    io.newsmon.streams.fact.ScopeKey.pair("BEL", "KAZ"), "TRADE", "2023", "USD"));
        }
    }

    @Test
    void convertedDollarsWithinTheShareRaiseNothing() {
        try (TopologyFixture t = new TopologyFixture()) {
            // 462.5 million EUR in 2023 = 500 million USD: no change once converted, a "fall" only in numerals
            t.send(trade("BEL", "KAZ", "2022", "500000000", "USD", "a1", PUB, "s1"));
            t.send(trade("BEL", "KAZ", "2023", "462500000", "EUR", "a2", PUB, "s2"));
            assertThat(t.alerts.readValuesToList()).isEmpty();
        }
    }

    @Test
    void aCurrencyWithoutARateIsNotCompared() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "500000000", "USD", "a1", PUB, "s1"));
            t.send(trade("BEL", "KAZ", "2011", "100000000", "XAF", "a2", PUB, "s2"));
            assertThat(t.alerts.readValuesToList()).isEmpty();
        }
    }

    @Test
    void aLateArticleAboutAnEarlierYearIsJudgedAgainstTheYearAfterIt() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2012", "120000000", "USD", "a3", "2026-11-20T08:00:00Z", "2012 figure"));
            t.send(trade("BEL", "KAZ", "2011", "250000000", "USD", "a2", "2026-11-21T08:00:00Z", "2011 figure"));
            assertThat(t.alerts.readValuesToList()).extracting(Alert::period).containsExactly("2012");

            // the 2010 article arrives after those about 2011 and 2012
            t.send(trade("BEL", "KAZ", "2010", "514500000", "USD", "a1", "2026-11-24T08:00:00Z", "2010 figure"));
            List<Alert> late = t.alerts.readValuesToList();
            assertThat(late).hasSize(1);
            assertThat(late.get(0).type()).isEqualTo(AlertType.DROP);
            assertThat(late.get(0).period()).isEqualTo("2011");
            assertThat(late.get(0).basePeriod()).isEqualTo("2010");
            assertThat(late.get(0).baseline()).isEqualByComparingTo(new BigDecimal("514500000"));
        }
    }

    @Test
    void anAlertIdIsEmittedOnceEvenWhenItsYearChangesAgain() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "500000000", "USD", "a1", PUB, "s1"));
            t.send(trade("BEL", "KAZ", "2011", "200000000", "USD", "a2", PUB, "s2"));
            t.send(trade("BEL", "KAZ", "2011", "10000000", "USD", "a3", PUB, "s3")); // another 2011 fact: still a drop
            assertThat(t.alerts.readValuesToList()).hasSize(1);
        }
    }
}
