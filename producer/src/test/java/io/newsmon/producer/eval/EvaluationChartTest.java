package io.newsmon.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.EventKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationChartTest {

    private static EventScores scores(Prf events, Prf amounts) {
        return new EventScores(events, Map.of(EventKind.VISIT, new Prf(3, 1, 0)), events, amounts,
                List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    @Test
    void barsAreAsLongAsTheirF1AndColouredByTheirTarget() {
        // events: P = R = 0.5 → F1 0.5, below 0.85; PLACES: 19 of 20 both ways → F1 0.95, above 0.90
        EventScores half = scores(new Prf(10, 10, 10), new Prf(9, 1, 1));
        EvaluationReport report = new EvaluationReport(10, 40, half,
                Map.of(DevSetArticle.Split.DEV, new EvaluationReport.SplitScores(7, half),
                        DevSetArticle.Split.HELDOUT, new EvaluationReport.SplitScores(3, half),
                        DevSetArticle.Split.BLIND, new EvaluationReport.SplitScores(0, half)),
                new Prf(5, 0, 0),
                new PlacesScore(100, new Prf(19, 1, 1), Map.of(), Map.of()), List.of());

        String svg = EvaluationChart.svg(report);

        assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
        // 0.5 of a 360-pixel bar, orange (below target), and 0.95 of it, blue (target met)
        assertThat(svg).contains("width=\"180.0\" height=\"16\" fill=\"#d9822b\"");
        assertThat(svg).contains("width=\"342.0\" height=\"16\" fill=\"#2b7bba\"");
        assertThat(svg).contains(">events, all<").contains(">Reuters PLACES<").contains(">  visit<");
        assertThat(EvaluationChart.bars(report)).hasSize(8); // 3 event rows, 1 kind, 2 amount rows, 2 country rows
    }
}
