package io.newsmon.streams.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonTest {

    @Test
    void upperTailMatchesHandComputedValues() {
        // P(X >= 4 | 0.5) = 1 - e^-0.5 (1 + 0.5 + 0.125 + 0.0208333)
        assertThat(Poisson.upperTail(4, 0.5)).isCloseTo(1 - Math.exp(-0.5) * (1 + 0.5 + 0.125 + 0.5 * 0.5 * 0.5 / 6), within(1e-12));
        assertThat(Poisson.upperTail(3, 0.5)).isCloseTo(0.014388, within(1e-6));
        assertThat(Poisson.upperTail(0, 3.0)).isEqualTo(1.0);
        assertThat(Poisson.upperTail(2, 3.0)).isCloseTo(1 - Math.exp(-3) * 4, within(1e-12));
    }

    @Test
    void largeCountsAndRatesStayFinite() {
        double p = Poisson.upperTail(1300, 1000);
        assertThat(p).isGreaterThan(0).isLessThan(1e-15);
        assertThat(Poisson.upperTail(1000, 1000)).isCloseTo(0.5, within(0.02));
        assertThat(Poisson.upperTail(100_000, 10)).isEqualTo(0.0);
    }
}
