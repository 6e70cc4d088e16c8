package io.newsmon.consumer.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmon.consumer.Samples;
import io.newsmon.model.EventKind;
import io.newsmon.model.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {
    private static final Map<String, String> ENV = Map.of("NEWSMON_WEBHOOK_SECRET_BENELUX", "s3cret");

    @Test
    void theDocumentedExampleIsValid() {
        Subscriptions subs = Subscriptions.load(Path.of("../docs/subscriptions.example.yaml"), ENV);

        assertThat(subs.all()).extracting(Subscription::name)
                .containsExactly("central-asia-desk", "benelux-kazakhstan", "sanctions-watch");
        Subscription desk = subs.named("central-asia-desk");
        assertThat(desk.countries()).containsExactlyInAnyOrder("KAZ", "UZB", "KGZ");
        assertThat(desk.kinds()).containsExactlyInAnyOrder(EventKind.TRADE, EventKind.INVESTMENT, EventKind.AID);
        assertThat(desk.minSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(desk.digests()).isEqualTo(DigestFrequency.WEEKLY);
        assertThat(desk.start()).isEqualTo(StartPoint.EARLIEST);
        assertThat(desk.consumerGroup()).isEqualTo("newsmon-sub-central-asia-desk");
        Subscription benelux = subs.named("benelux-kazakhstan");
        assertThat(benelux.start()).isEqualTo(new StartPoint(StartPoint.Kind.SINCE, LocalDate.of(2026, 11, 1)));
        assertThat(benelux.channels()).singleElement().isInstanceOfSatisfying(ChannelSpec.Webhook.class, w -> {
            assertThat(w.secret()).isEqualTo("s3cret");
            assertThat(w.attempts()).isEqualTo(5);
            assertThat(w.toString()).doesNotContain("s3cret");
        });
        assertThat(subs.named("sanctions-watch").channels()).hasSize(2).first().isInstanceOf(ChannelSpec.Email.class);
    }

    @Test
    void reportsEveryBadEntryWithItsLine() {
        String yaml = """
                subscriptions:
                  - name: ok-desk
                    channels: [{type: console}]
                  - name: typo-desk
                    countires: [KAZ]
                    channels: [{type: console}]
                  - name: bad-codes
                    countries: [KAZ, XYZ]
                    pairs: [BEL/KAZ]
                    kinds: [trades]
                    minSeverity: urgent
                    start: yesterday
                    channels: [{type: console}]
                  - name: no-channels
                  - name: ok-desk
                    channels:
                      - {type: webhook, url: "javascript:alert(1)", secret: x}
                      - {type: pigeon}
                  - name: Bad Name
                    channels: [{type: console}]
                """;
        assertThatThrownBy(() -> Subscriptions.parse(yaml, "subs.yaml", Map.of()))
                .isInstanceOfSatisfying(InvalidSubscriptionsException.class, e -> assertThat(e.problems()).containsExactly(
                        "subs.yaml:4: subscription 'typo-desk': unknown key 'countires' (known: channels, countries, digests, keywords, kinds, minSeverity, name, pairs, start)",
                        "subs.yaml:7: subscription 'bad-codes': 'XYZ' is not an ISO 3166-1 alpha-3 country code",
                        "subs.yaml:7: subscription 'bad-codes': pair 'BEL/KAZ' must be two ISO 3166-1 alpha-3 codes joined by '-', e.g. BEL-KAZ",
                        "subs.yaml:7: subscription 'bad-codes': unknown event kind 'trades' (known: visit, meeting, agreement, representation, sanction, trade, investment, aid, other)",
                        "subs.yaml:7: subscription 'bad-codes': unknown minSeverity 'urgent' (known: low, medium, high)",
                        "subs.yaml:7: subscription 'bad-codes': 'start' must be now, earliest or a date like 2026-11-01 (got 'yesterday')",
                        "subs.yaml:14: subscription 'no-channels': 'channels' must list at least one channel (file, console, webhook, email)",
                        "subs.yaml:15: subscription 'ok-desk': webhook 'url' must be an http or https URL (got 'javascript:alert(1)')",
                        "subs.yaml:15: subscription 'ok-desk': unknown channel type 'pigeon' (known: file, console, webhook, email)",
                        "subs.yaml:19: subscription 'Bad Name': 'name' must be 1-63 lower-case letters, digits or dashes, starting with a letter or digit (got 'Bad Name')"))
                .hasMessageContaining("subs.yaml:4:");
    }

    @Test
    void duplicateNamesAndMissingSecretsAreErrors() {
        String yaml = """
                subscriptions:
                  - name: a
                    channels: [{type: console}]
                  - name: a
                    channels: [{type: webhook, url: "https://x.example/h", secretEnv: MISSING}]
                  - name: b
                    channels: [{type: console}]
                  - name: b
                    channels: [{type: console}]
                """;
        assertThatThrownBy(() -> Subscriptions.parse(yaml, "s.yaml", Map.of()))
                .isInstanceOfSatisfying(InvalidSubscriptionsException.class, e -> assertThat(e.problems()).containsExactly(
                        "s.yaml:4: subscription 'a': webhook secretEnv 'MISSING' is not set in the environment",
                        "s.yaml:8: subscription 'b': the name is used twice"));
        assertThatThrownBy(() -> Subscriptions.parse("subscriptions: [ {name: x", "s.yaml", Map.of()))
                .hasMessageContaining("s.yaml:1: not valid YAML");
        assertThatThrownBy(() -> Subscriptions.parse("- name: x", "s.yaml", Map.of()))
                .hasMessageContaining("expected a mapping with a 'subscriptions' list");
    }

    @Test
    void matchesOnCountriesPairsKindsSeverityAndKeywords() {
        Subscriptions subs = Subscriptions.parse("""
                subscriptions:
                  - name: kaz
                    countries: [kaz]
                    channels: [{type: console}]
                  - name: pair
                    pairs: [KAZ-BEL]
                    kinds: [trade]
                    minSeverity: high
                    keywords: [Exports]
                    channels: [{type: console}]
                  - name: fra-weekly
                    countries: [FRA]
                    kinds: [visit]
                    digests: weekly
                    channels: [{type: console}]
                """, "inline", Map.of());
        var belKazHigh = Samples.alert("x1", "BEL", "KAZ", Severity.HIGH, "Exports fell sharply.", null);
        var belKazMedium = Samples.alert("x2", "BEL", "KAZ", Severity.MEDIUM, "Exports fell sharply.", null);
        var belKazNoKeyword = Samples.alert("x3", "BEL", "KAZ", Severity.HIGH, "Imports fell sharply.", null);
        var fra = Samples.alert("x4", "FRA", null, Severity.HIGH, "Exports fell sharply.", null);

        Subscription kaz = subs.named("kaz");
        assertThat(kaz.matches(belKazHigh)).isTrue();
        assertThat(kaz.matches(belKazMedium)).isTrue();
        assertThat(kaz.matches(fra)).isFalse();
        Subscription pair = subs.named("pair");
        assertThat(pair.matches(belKazHigh)).as("pairs match either direction").isTrue();
        assertThat(pair.matches(belKazMedium)).as("below minimum severity").isFalse();
        assertThat(pair.matches(belKazNoKeyword)).as("keyword missing from evidence").isFalse();
        Subscription fraWeekly = subs.named("fra-weekly");
        assertThat(fraWeekly.matches(fra)).as("kind TRADE is not VISIT").isFalse();
        assertThat(fraWeekly.matches(Samples.digest("FRA", null, "2026-W47", "s", null, 1))).isTrue();
        assertThat(fraWeekly.matches(Samples.digest("FRA", null, "2026-11-24", "s", null, 1))).as("a day digest").isFalse();
        assertThat(kaz.matches(Samples.digest("KAZ", null, "2026-W47", "s", null, 1))).as("digests: none").isFalse();
    }
}
