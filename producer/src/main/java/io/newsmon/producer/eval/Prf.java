package io.newsmon.producer.eval;

/**
 * Counts of one comparison and the precision, recall and F1 they give. Empty sides score 0 rather
 * than NaN, except that nothing expected and nothing predicted is a perfect score.
 */
public record Prf(int truePositives, int falsePositives, int falseNegatives) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public int predicted() {
        return truePositives + falsePositives;
    }

    public int expected() {
        return truePositives + falseNegatives;
    }

    public double precision() {
        return predicted() == 0 ? (expected() == 0 ? 1.0 : 0.0) : (double) truePositives / predicted();
    }

    public double recall() {
        return expected() == 0 ? (predicted() == 0 ? 1.0 : 0.0) : (double) truePositives / expected();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf other) {
        return new Prf(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** "P 0.750  R 0.600  F1 0.667  (tp 3, fp 1, fn 2)". */
    public String format() {
        return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
