package io.newsmon.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.producer.extract.CountryRecognizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesEvaluationTest {

    private static ReutersStory story(int id, String split, String dateline, String body, String... places) {
        return new ReutersStory(id, "t.sgm", split, null, "", dateline, body, List.of(places), List.of());
    }

    private static final List<ReutersStory> STORIES = List.of(
            // The dateline alone places a company story in the United States.
            story(1, "TRAIN", "HOUSTON, March 3 -", "Acme Corp said profits rose.", "usa"),
            // A country named once in passing is not what the story is about.
            story(2, "TRAIN", "TOKYO, March 3 -", "Japan's exports rose. Shipments went by sea. "
                    + "A small share went to Chile.", "japan"),
            story(3, "TEST", "PARIS, March 3 -", "France said.", "france", "netherlands-antilles"),
            story(4, "TEST", "", "No body label.", "netherlands-antilles"),
            story(5, "TRAIN", "", "", "usa"));

    @Test
    void scoresTheSplitAskedFor() {
        CountryRecognizer recognizer = new CountryRecognizer();

        PlacesScore train = PlacesEvaluation.score(STORIES, "TRAIN", recognizer::countriesIn);
        assertThat(train.stories()).isEqualTo(2);
        assertThat(train.prf()).isEqualTo(new Prf(2, 0, 0));

        PlacesScore named = PlacesEvaluation.score(STORIES, "TRAIN", recognizer::countriesNamed);
        // "HOUSTON" places the story but names no state; Chile is named.
        assertThat(named.prf()).isEqualTo(new Prf(1, 1, 1));
        assertThat(named.mostMissed()).containsEntry("USA", 1);
        assertThat(named.mostSpurious()).containsEntry("CHL", 1);

        // TEST by default; a story whose only place is no country is skipped.
        PlacesScore test = PlacesEvaluation.score(STORIES, recognizer::countriesIn);
        assertThat(test.stories()).isEqualTo(1);
        assertThat(test.prf()).isEqualTo(new Prf(1, 0, 0));
    }
}
