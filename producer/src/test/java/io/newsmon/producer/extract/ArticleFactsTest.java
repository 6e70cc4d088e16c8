package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Amount;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Evidence;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFactsTest {

    private static NewsEvent event(EventKind kind, String actor1, String actor2, int year, Amount amount) {
        EventDate date = EventDate.year(year);
        return new NewsEvent(NewsEvent.factId(kind, actor1, actor2, date, amount, Modality.FACT), kind, null, Modality.FACT,
                actor1, actor2, date, amount, null, Evidence.none(), null, EventExtractor.ORIGIN);
    }

    @Test
    void aidReadBothWaysInOneYearKeepsTheDirectionReadFirst() {
        NewsEvent loan = event(EventKind.AID, "JPN", "BRA", 1987, Amount.of("500000000", "USD"));
        NewsEvent misread = event(EventKind.AID, "BRA", "JPN", 1987, null);
        NewsEvent misreadWithSum = event(EventKind.AID, "BRA", "JPN", 1987, Amount.of("6800000000", "USD"));
        NewsEvent otherYear = event(EventKind.AID, "BRA", "JPN", 1986, null);
        NewsEvent secondLoan = event(EventKind.AID, "JPN", "BRA", 1987, Amount.of("200000000", "USD"));

        assertThat(ArticleFacts.merged(List.of(loan, misread, misreadWithSum, otherYear, secondLoan)))
                .containsExactly(loan, otherYear, secondLoan);
    }

    @Test
    void tradeGoesBothWays() {
        NewsEvent exports = event(EventKind.TRADE, "JPN", "USA", 1986, Amount.of("58600000000", "USD"));
        NewsEvent imports = event(EventKind.TRADE, "USA", "JPN", 1986, Amount.of("26900000000", "USD"));

        assertThat(ArticleFacts.merged(List.of(exports, imports))).containsExactly(exports, imports);
    }
}
