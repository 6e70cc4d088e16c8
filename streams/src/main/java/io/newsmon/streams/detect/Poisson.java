package io.newsmon.streams.detect;

/** The Poisson upper tail, computed in log space so large counts and rates neither overflow nor underflow. */
public final class Poisson {
    private static final double[] LANCZOS = {
        76.18009172947146, -86.50532032941677, 24.01409824083091,
        -1.231739572450155, 0.1208650973866179e-2, -0.5395239384953e-5};

    private Poisson() {
    }

    /** P(X ≥ k) for X ~ Poisson(lambda), lambda &gt; 0. */
    public static double upperTail(long k, double lambda) {
        if (lambda <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + lambda);
        }
        if (k <= 0) {
            return 1.0;
        }
        if (k <= lambda) {
            // the tail holds most of the mass here: go through the lower tail instead
            return Math.max(0.0, 1.0 - lowerTail(k - 1, lambda));
        }
        double term = Math.exp(-lambda + k * Math.log(lambda) - lnGamma(k + 1.0));
        double sum = 0.0;
        for (long i = k; term > 0 && term > sum * 1e-17; i++) {
            sum += term;
            term *= lambda / (i + 1);
        }
        return Math.min(1.0, sum);
    }

    /** P(X ≤ k). */
    static double lowerTail(long k, double lambda) {
        double sum = 0.0;
        for (long i = 0; i <= k; i++) {
            sum += Math.exp(-lambda + i * Math.log(lambda) - lnGamma(i + 1.0));
        }
        return Math.min(1.0, sum);
    }

    /** ln Γ(x) for x &gt; 0 (Lanczos approximation, relative error below 2e-10). */
    static double lnGamma(double x) {
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double ser = 1.000000000190015;
        for (double c : LANCZOS) {
            ser += c / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
