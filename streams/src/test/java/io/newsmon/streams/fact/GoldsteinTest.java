package io.newsmon.streams.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldsteinTest {

    @Test
    void sanctionsImposedAreConflictAndSanctionsEasedCooperation() {
        assertThat(Goldstein.weight("163")).isEqualTo(-8.0);
        assertThat(Goldstein.weight("085")).isEqualTo(7.0);
    }

    @Test
    void anUnlistedCodeTakesItsBaseThenItsRoot() {
        assertThat(Goldstein.weight("0851")).isEqualTo(7.0); // base 085
        assertThat(Goldstein.weight("0831")).isEqualTo(5.0); // root 08 "yield"
        assertThat(Goldstein.weight("99")).isEqualTo(0.0);
        assertThat(Goldstein.weight(null)).isEqualTo(0.0);
    }
}
