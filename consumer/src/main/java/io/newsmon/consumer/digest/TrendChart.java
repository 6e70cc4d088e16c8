package io.newsmon.consumer.digest;

import io.newsmon.model.Digest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a small inline SVG line chart of one figure: coordinates are computed here, the
 * template only places them, so nothing but numbers reaches the SVG markup.
 *
 * @param width   view box width
 * @param height  view box height
 * @param polyline "x,y x,y ..." for the line
 * @param dots    one marker per point
 */
public record TrendChart(int width, int height, String polyline, List<Dot> dots) {
    public static final int WIDTH = 240;
    public static final int HEIGHT = 60;
    private static final double PAD = 6;

    /** A point on the chart, with the period and value it stands for (shown as a tooltip). */
    public record Dot(String x, String y, String period, String value) {
    }

    /** Chart of the figure's points in their order; null values are skipped. */
    public static TrendChart of(Digest.Figure figure) {
        List<Digest.Point> points = figure.points().stream().filter(p -> p.value() != null).toList();
        if (points.isEmpty()) {
            return new TrendChart(WIDTH, HEIGHT, "", List.of());
        }
        double min = points.stream().map(Digest.Point::value).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = points.stream().map(Digest.Point::value).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double plotWidth = WIDTH - 2 * PAD;
        double plotHeight = HEIGHT - 2 * PAD;
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Digest.Point p = points.get(i);
            double x = points.size() == 1 ? WIDTH / 2.0 : PAD + i * plotWidth / (points.size() - 1);
            // a flat series is drawn across the middle rather than on an edge
            double y = max == min ? HEIGHT / 2.0 : PAD + (max - p.value().doubleValue()) / (max - min) * plotHeight;
            String xs = coordinate(x);
            String ys = coordinate(y);
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(xs).append(',').append(ys);
            dots.add(new Dot(xs, ys, p.period(), Figures.plain(p.value())));
        }
        return new TrendChart(WIDTH, HEIGHT, line.toString(), List.copyOf(dots));
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
