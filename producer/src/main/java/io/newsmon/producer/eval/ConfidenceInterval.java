package io.newsmon.producer.eval;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How far an F1 measured on a few hundred articles may be from the F1 on all news like them: a
 * percentile bootstrap over articles (Efron and Tibshirani, ch. 13). Articles are resampled with
 * replacement, the counts of each resample summed and scored; the interval holds the middle 95 % of
 * those scores. Articles, not events, are the units because the events of one article stand or fall
 * together. The seed is fixed, so the same counts always give the same interval.
 *
 * @param low  2.5th percentile of the resampled F1
 * @param high 97.5th percentile
 */
public record ConfidenceInterval(double low, double high) {

    /** Resamples drawn: enough for the second decimal of a 95 % interval to settle. */
    public static final int RESAMPLES = 2000;
    private static final long SEED = 20261124L;

    public ConfidenceInterval {
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " above high " + high);
        }
    }

    /** The 95 % interval of the F1 of the summed counts of {@code perArticle}. */
    public static ConfidenceInterval ofF1(Collection<Prf> perArticle) {
        Prf[] articles = perArticle.toArray(new Prf[0]);
        if (articles.length == 0) {
            return new ConfidenceInterval(0, 0);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] f1 = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < articles.length; i++) {
                Prf a = articles[random.nextInt(articles.length)];
                tp += a.truePositives();
                fp += a.falsePositives();
                fn += a.falseNegatives();
            }
            f1[r] = new Prf(tp, fp, fn).f1();
        }
        Arrays.sort(f1);
        return new ConfidenceInterval(f1[(int) Math.floor(0.025 * (RESAMPLES - 1))], f1[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }

    /** "[0.351, 0.462]". */
    public String format() {
        return String.format(Locale.ROOT, "[%.3f, %.3f]", low, high);
    }
}
