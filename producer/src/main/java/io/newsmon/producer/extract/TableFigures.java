package io.newsmon.producer.extract;

import io.newsmon.model.Amount;
import io.newsmon.model.EventDate;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures of a table: "Kazakhstan's exports by destination (USD million)" over a header of years and
 * one row per partner country. Each numeric cell of a country's row is a flow between the table's
 * own country and that partner, in the unit the title or header states, dated by its column.
 *
 * <p>A table is two or more consecutive lines that split into a label and numbers, by tabs, pipes
 * (Markdown) or runs of two spaces; the line above them names the columns, and each column must
 * read as a date. The unit is parsed as a sum of one ("mln dlrs", "USD million", "in billions of
 * yen") by {@link MoneyFinder}; a table without a money unit (tonnes, per cent) yields nothing.
 * What flows and which way comes from the title's cue, as in a sentence ("exports to" the row, "imports
 * from" it); the table's own country is the one the title names, else the place the story was filed
 * from. Stateless.
 */
final class TableFigures {

    private TableFigures() {
    }

    /** One figure: the row's country, the column's date, the sum, and the row's line as evidence. */
    record Figure(String partner, EventDate date, Amount amount, int rowStart, int rowEnd) {
    }

    /** A table's title cue, the country its title names (or null), and its figures. */
    record Table(EventCue cue, String country, List<Figure> figures) {
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\(?\\d[\\d,]*(?:\\.\\d+)?\\)?");
    private static final Pattern EMPTY_CELL = Pattern.compile("(?i)nil|n\\.?a\\.?|-+|—|–");
    private static final Pattern UNIT = Pattern.compile(
            "\\(([^()]*?(?:thousand|'000|000s|mln|million|millions|bln|billion|billions|bn|trillion)[^()]*?)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");
    /** How many lines above the column header a title may stand. */
    private static final int TITLE_LINES = 3;

    /** The tables of the text with money figures by country; {@code mentions} are the article's, in text order. */
    static List<Table> read(String text, List<CountryMention> mentions, LocalDate published) {
        if (text.indexOf('\n') < 0 || !mayStateAUnit(text)) {
            return List.of(); // most articles: no table with a money unit, nothing more to read
        }
        List<int[]> lines = lines(text);
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int first = i;
            while (i < lines.size() && isDataRow(text, lines.get(i))) {
                i++;
            }
            // A header of years reads like a row of numbers ("Country  2022  2023"): it heads the rows below it.
            int rows = first < i && isHeader(text, lines.get(first), published) ? first + 1 : first;
            if (i - rows >= 2 && rows > 0) {
                Table table = table(text, lines, rows, i, mentions, published);
                if (table != null) {
                    tables.add(table);
                }
            }
            i = Math.max(i, first + 1);
        }
        return tables;
    }

    private static Table table(String text, List<int[]> lines, int first, int end, List<CountryMention> mentions,
                               LocalDate published) {
        int headerLine = first - 1;
        while (headerLine > 0 && MARKDOWN_RULE.matcher(line(text, lines.get(headerLine))).matches()) {
            headerLine--; // | --- | --- | under a Markdown header
        }
        List<String> header = cells(line(text, lines.get(headerLine)));
        List<EventDate> columns = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            columns.add(columnDate(header.get(c), published));
        }
        if (columns.isEmpty() || columns.contains(null)) {
            return null;
        }
        // The title: the lines above the header (a blank line between them allowed), nearest first, up to
        // the next blank line.
        int titleStart = lines.get(headerLine)[0];
        int above = headerLine - 1;
        if (above > 0 && line(text, lines.get(above)).isBlank()) {
            above--;
        }
        for (int t = above; t >= 0 && t > above - TITLE_LINES; t--) {
            if (line(text, lines.get(t)).isBlank()) {
                break;
            }
            titleStart = lines.get(t)[0];
        }
        String title = text.substring(titleStart, lines.get(headerLine)[1]);
        Amount unit = unit(title);
        if (unit == null) {
            return null;
        }
        EventCue cue = null;
        for (EventCue c : EventCues.find(title)) {
            if (EventCues.carriesSums(c.kind()) && c.kind() != io.newsmon.model.EventKind.SANCTION) {
                cue = c;
                break;
            }
        }
        if (cue == null || title.contains("surplus") || title.contains("deficit")) {
            return null; // a balance's sign says who is in surplus: not read from a cell
        }
        List<Figure> figures = new ArrayList<>();
        for (int r = first; r < end; r++) {
            int[] row = lines.get(r);
            String partner = countryAt(mentions, row);
            if (partner == null) {
                continue;
            }
            List<String> cells = cells(line(text, row));
            for (int c = 1; c < cells.size() && c - 1 < columns.size(); c++) {
                BigDecimal value = number(cells.get(c));
                if (value != null && value.signum() > 0) {
                    figures.add(new Figure(partner, columns.get(c - 1),
                            new Amount(value.multiply(unit.value()), unit.currency(), null), row[0], row[1]));
                }
            }
        }
        return figures.isEmpty() ? null : new Table(cue, firstCountryIn(mentions, titleStart, lines.get(headerLine)[1]), figures);
    }

    /** The sum of one unit the title states ("(mln dlrs)", "(USD million)", "(in billions of yen)"), or null. */
    static Amount unit(String title) {
        Matcher m = UNIT.matcher(title);
        while (m.find()) {
            String unit = m.group(1).trim().replaceFirst("(?i)^in\\s+", "").replaceAll("(?i)\\s+of\\s+", " ");
            // "mln dlrs" reads as "1 mln dlrs", "USD million" as "USD 1 million": the reading that covers more wins.
            Amount best = null;
            int covered = 0;
            for (String asSum : new String[] {"1 " + unit, unit.replaceFirst("^(\\S+)\\s+", "$1 1 ")}) {
                List<MoneyMention> sums = MoneyFinder.amounts(asSum);
                if (sums.size() == 1 && sums.get(0).end() - sums.get(0).start() > covered) {
                    best = sums.get(0).amount();
                    covered = sums.get(0).end() - sums.get(0).start();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static boolean isHeader(String text, int[] line, LocalDate published) {
        List<String> cells = cells(line(text, line));
        for (int c = 1; c < cells.size(); c++) {
            if (columnDate(cells.get(c), published) == null) {
                return false;
            }
        }
        return cells.size() > 1;
    }

    private static final String[] SCALE_WORDS = {"thousand", "'000", "000s", "mln", "million", "bln", "billion", "bn", "trillion"};

    /** A cheap test before anything else: some bracket holds a scale word, as every unit {@link #UNIT} reads does. */
    private static boolean mayStateAUnit(String text) {
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0) {
                return false;
            }
            if (close - open < 60 && Clues.containsAny(text.substring(open, close).toLowerCase(java.util.Locale.ROOT), SCALE_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static EventDate columnDate(String cell, LocalDate published) {
        List<DateMention> dates = DateFinder.find(cell, published, null, false);
        if (dates.size() != 1) {
            return null;
        }
        DateMention d = dates.get(0);
        // The cell must be the date and little else ("1986", "Jan 1987", "1986/87"), not a label with a year in it.
        return cell.length() - (d.end() - d.start()) <= 4 ? d.date() : null;
    }

    /** The first country named in {@code [start, end)}, or null. */
    private static String firstCountryIn(List<CountryMention> mentions, int start, int end) {
        for (CountryMention m : mentions) {
            if (m.start() >= start && m.start() < end) {
                return m.iso3();
            }
        }
        return null;
    }

    /** The country a row's label names, when the label starts the row and names one country. */
    private static String countryAt(List<CountryMention> mentions, int[] row) {
        String country = null;
        for (CountryMention m : mentions) {
            if (m.start() >= row[0] && m.start() < row[1]) {
                if (country != null && !country.equals(m.iso3())) {
                    return null;
                }
                country = m.iso3();
            }
        }
        return country;
    }

    private static boolean isDataRow(String text, int[] line) {
        if (!mayBeRow(text, line[0], line[1])) {
            return false; // most lines of prose: no split by the cell pattern
        }
        List<String> cells = cells(line(text, line));
        if (cells.size() < 2 || cells.get(0).isEmpty() || number(cells.get(0)) != null) {
            return false;
        }
        boolean numbers = false;
        for (int c = 1; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (number(cell) != null) {
                numbers = true;
            } else if (!EMPTY_CELL.matcher(cell).matches()) {
                return false;
            }
        }
        return numbers;
    }

    /**
     * Whether the line may be a row: it ends in a cell ("1,234.5", "nil", "-", a closing pipe) and a tab,
     * a pipe or two spaces stands before a digit. Prose lines, even with figures and double spaces
     * between sentences, rarely do both; the cell pattern then runs on few lines.
     */
    private static boolean mayBeRow(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (!(last >= '0' && last <= '9' || last == ')' || last == '|' || last == '-' || last == 'l' || last == '.')) {
            return false; // "nil" ends in l, "n.a." in a point
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if ((c == '\t' || c == '|' || c == ' ' && text.charAt(i - 1) == ' ') && text.charAt(i - 1) != '\n') {
                int j = i + 1;
                while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < end && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '(' || text.charAt(j) == '-'
                        || text.charAt(j) == 'n')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cells of a row: split at tabs, pipes and runs of two or more spaces; outer pipes dropped. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '|' || line.charAt(i) == '\t')) {
            i++;
        }
        int cellStart = i;
        while (i < n) {
            char c = line.charAt(i);
            boolean split = c == '\t' || c == '|' || c == ' ' && i + 1 < n && line.charAt(i + 1) == ' ';
            if (!split) {
                i++;
                continue;
            }
            cells.add(line.substring(cellStart, i).strip());
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '|' || line.charAt(i) == '\t')) {
                i++;
            }
            cellStart = i;
        }
        if (cellStart < n) {
            cells.add(line.substring(cellStart, n).strip());
        }
        return cells;
    }

    /** The number a cell holds ("1,234.5"; "(12.0)" and "-12" are negative), or null. */
    private static BigDecimal number(String cell) {
        int n = cell.length();
        if (n == 0 || n > 24) {
            return null;
        }
        boolean digit = false;
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c == ',' || c == '.' || (c == '-' || c == '+' || c == '(') && i == 0 || c == ')' && i == n - 1)) {
                return null;
            }
        }
        if (!digit || !NUMBER.matcher(cell).matches()) {
            return null;
        }
        boolean negative = cell.startsWith("(") || cell.startsWith("-");
        BigDecimal value = new BigDecimal(cell.replaceAll("[()+,-]", ""));
        return negative ? value.negate() : value;
    }

    private static String line(String text, int[] line) {
        return text.substring(line[0], line[1]);
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); ; nl = text.indexOf('\n', start)) {
            int end = nl < 0 ? text.length() : nl;
            lines.add(new int[] {start, end});
            if (nl < 0) {
                return lines;
            }
            start = nl + 1;
        }
    }

    /**
     * The figures of the article's tables ("Exports by destination (USD million)", a row per country, a
     * column per year): between the table's own country (the one its title names, else the place filed
     * from) and each row's, the way the title's cue reads them.
     */
    static List<NewsEvent> events(String text, List<CountryMention> mentions, LocalDate published,
                                  ArticleContext context) {
        List<NewsEvent> events = new ArrayList<>();
        for (TableFigures.Table table : read(text, mentions, published)) {
            String own = table.country() != null ? table.country()
                    : context.here != null ? context.here.countries().get(0) : null;
            if (own == null) {
                continue;
            }
            Party ours = Party.fromContext(own);
            for (TableFigures.Figure f : table.figures()) {
                if (f.partner().equals(own)) {
                    continue;
                }
                Party theirs = Party.fromContext(f.partner());
                Roles.Pair pair = switch (table.cue().direction()) {
                    case FROM_IS_ACTOR1, SUBJECT_IS_ACTOR2 -> new Roles.Pair(theirs, ours);
                    case WITH_IS_ACTOR1 -> null;
                    default -> new Roles.Pair(ours, theirs);
                };
                if (pair == null) {
                    continue;
                }
                Sentence row = new Sentence(text.substring(f.rowStart(), f.rowEnd()), f.rowStart(), f.rowEnd());
                ArticleFacts.add(events, table.cue(), pair, EventDating.modalityFor(Modality.FACT, f.date(), context), f.date(), f.amount(), null,
                        row, context);
            }
        }
        return events;
    }
}
