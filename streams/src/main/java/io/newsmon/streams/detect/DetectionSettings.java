package io.newsmon.streams.detect;

import io.newsmon.config.NewsmonConfig;

/**
 * The detectors' thresholds, read once from {@code newsmon.detect.*}.
 *
 * @param valueChangeShare  relative year-over-year change that raises a value alert (0.3 = 30%)
 * @param valueMinAmount    smallest absolute change, in currency units, that can raise one
 * @param countPValue       Poisson tail probability below which a count is a spike
 * @param countMinEvents    fewest events in a year for a spike
 * @param baselineYears     how many earlier years form a count's baseline
 * @param firstYears        a kind is "first" when the pair had none of it in this many years
 * @param baselineFloor     lowest baseline rate per year, so that "none before" is not rate 0
 */
public record DetectionSettings(double valueChangeShare, double valueMinAmount, double countPValue,
                                int countMinEvents, int baselineYears, int firstYears, double baselineFloor) {

    /** A rate of one event every two years: an honest prior for "we saw none". */
    public static final double DEFAULT_BASELINE_FLOOR = 0.5;

    public static DetectionSettings from(NewsmonConfig config) {
        return new DetectionSettings(
                config.getDouble(NewsmonConfig.VALUE_CHANGE_SHARE),
                config.getDouble(NewsmonConfig.VALUE_MIN_AMOUNT),
                config.getDouble(NewsmonConfig.COUNT_P_VALUE),
                config.getInt(NewsmonConfig.COUNT_MIN_EVENTS),
                config.getInt(NewsmonConfig.COUNT_BASELINE_PERIODS),
                config.getInt(NewsmonConfig.FIRST_YEARS),
                DEFAULT_BASELINE_FLOOR);
    }
}
