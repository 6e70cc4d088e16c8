package io.newsmon.producer.extract;

import io.newsmon.model.EventDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates and periods a sentence states and resolves them to the calendar: explicit days,
 * months, years and ranges ("5 October 2010", "October 2010", "2010–2012", "first three quarters of
 * 2022"), and dates relative to the publication day ("last year", "in January this year",
 * "yesterday", "on Monday") or to an anchor stated earlier ("six years later"). Without a
 * publication date, relative dates are not resolved (never invented).
 */
final class DateFinder {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String NUMBER_WORD = "(?<n>\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_RANGE_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s*(?:-|–|—|to|through)\\s*" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "\\b" + MONTH + "\\s*(?:-|–|—|/)\\s*" + MONTH + "(?:\\s+(this|last|next)\\s+year)?\\b");
    /** "10-12 October 2026", "from 18 to 19 November 2026", "on 18 and 19 November": the days of one month. */
    private static final String DAYS_APART = "\\s*(?:-|–|—|to|and)\\s*";
    private static final Pattern DAY_RANGE_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?" + DAYS_APART + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_DAY_RANGE_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + DAYS_APART + "(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_RANGE_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?" + DAYS_APART + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b");
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + DAYS_APART + "(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:pct|%|mln|billion|million))");
    /** "next spring", "last summer", "in the autumn of 2027": three months; a season needs its year or a "last/next/this". */
    private static final Pattern SEASON = Pattern.compile(
            "\\b(?:(?<rel>last|next|this|coming)\\s+(?<rseason>spring|summer|autumn|fall(?!\\s+(?:in|of|to|from)\\b)|winter)\\b"
                    + "|(?<season>spring|summer|autumn|fall)\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d)\\b)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:pct|%|mln|billion|million))");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?:\\b(?:(?:in|since|during|for|by|until|of|last|next|this)\\s+(?:(?:early|late|mid)(?:-|\\s+))?|(?:early|late|mid)(?:-|\\s+))"
                    + "|(?<=\\b(?:from|than|and|to|with)\\s)(?=\\w+'s\\b))"
                    + MONTH + "(?:'s)?(?:\\s+(this|last|next)\\s+year)?\\b");
    private static final Pattern DEADLINE = Pattern.compile("\\b(?:until|by)\\s+(?:(?:early|late|mid)-?\\s*)?(?:in\\s+)?\\S*$");
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:the\\s+)?(?<part>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+"
                    + "(?:(?<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+)?"
                    + "(?<unit>quarters?|months|half|halves)"
                    + "(?:\\s+(?:of\\s+)?(?:(?<year>(?:19|20)\\d\\d)|(?<rel>this|last|next)\\s+year|the\\s+year))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "\\b(?:(?:from|between)\\s+)?" + YEAR + "\\s*(?:-|–|—|/|to|and|through)\\s*(\\d{4}|\\d{2})\\b(?!\\s*(?:mln|million|billion|pct|%))");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d$€£¥.,])" + YEAR + "(?!\\d|,\\d|\\.\\d|'?s\\b|\\s*(?:mln|million|billion|bln|pct|%|tonnes|dlrs|est|edt|gmt|hrs|hours|local\\s+time)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?<lastyear>last\\s+year|a\\s+year\\s+ago|the\\s+previous\\s+year|the\\s+past\\s+year)"
                    + "|\\b(?<thisyear>this\\s+year|(?:so\\s+far\\s+)?this\\s+year|the\\s+current\\s+year)"
                    + "|\\b(?<nextyear>next\\s+year|the\\s+coming\\s+year)"
                    + "|\\b(?<lastmonth>last\\s+month)|\\b(?<thismonth>this\\s+month)|\\b(?<nextmonth>next\\s+month)"
                    + "|\\b(?<lastweek>last\\s+week)|\\b(?<nextweek>next\\s+week)|\\b(?<thisweek>this\\s+week)"
                    + "|\\b(?<yesterday>yesterday)|\\b(?<today>today|tonight)|\\b(?<tomorrow>tomorrow)"
                    + "|\\b(?:on|last|next|this)\\s+(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                    + "|\\b(?<later>" + NUMBER_WORD + "\\s+(?<lunit>years?|months?)\\s+(?<dir>later|after|earlier|before|ago))"
                    + "|\\b(?<followingyear>the\\s+following\\s+year|a\\s+year\\s+later)"
                    // "from 1.87 billion in the year-earlier period" (not "below year-ago levels", "from the year-ago figure": bases)
                    + "|\\bin\\s+(?<yearearlier>the\\s+(?:same\\s+)?year-(?:earlier|ago)\\b(?:\\s+(?:period|months?|quarter))?)",
            Pattern.CASE_INSENSITIVE);

    private DateFinder() {
    }

    /** The words {@link #SEASON} needs one of. */
    private static final String[] SEASON_WORDS = {"spring", "summer", "autumn", "fall", "winter"};
    /** With a month name and the season words, the words without which no date finer than a year can be found. */
    private static final String[] FINER_WORDS = {"day", "tonight", "tomorrow", "week", "month", "quarter", "half", "halves"};

    /** Whether the sentence may state a day, month or season (a month name, a season or a word of {@link #FINER_WORDS}). */
    static boolean mayStateFinerThanYear(String s) {
        if (firstMonthName(s) >= 0) {
            return true;
        }
        String lower = EventCues.asciiLowerCase(s);
        return Clues.containsAny(lower, FINER_WORDS) || Clues.containsAny(lower, SEASON_WORDS);
    }

    /**
     * Dates in the sentence, in text order, non-overlapping.
     *
     * @param published the article's publication day, or null
     * @param anchor    the latest date stated before this sentence, for "six years later", or null
     * @param future    whether the sentence states an intention (day-month dates then lie ahead)
     */
    static List<DateMention> find(String s, LocalDate published, EventDate anchor, boolean future) {
        List<DateMention> found = new ArrayList<>();
        Integer pubYear = published == null ? null : published.getYear();
        // Each pattern is searched only near what it needs: a month name, a digit, a period or relative word.
        String lower = EventCues.asciiLowerCase(s);
        int[] monthWindows = firstMonthName(s) >= 0 ? TextWindows.aroundWords(s, MONTH_STEMS, 16, 40) : NONE;
        int[] digitRuns = TextWindows.digitRuns(s);
        int[] digitWindows = TextWindows.around(digitRuns, digitRuns.length, 16, 24, s.length());
        boolean digits = digitWindows.length > 0;
        if (digits) {
            explicitDays(s, monthWindows, found);
        }
        TextWindows.forEachMatch(PERIOD, s, TextWindows.aroundWords(lower, PERIOD_WORDS, 40, 30), m -> {
            Integer year = m.group("year") != null ? Integer.valueOf(m.group("year"))
                    : relativeYear(m.group("rel"), pubYear);
            if (m.group("year") == null && m.group("rel") == null) {
                year = pubYear;
            }
            if (year != null) {
                int[] range = periodMonths(m.group("part"), m.group("count"), m.group("unit"));
                if (range != null) {
                    monthRange(found, m, year, range[0], range[1], m.group("year") != null);
                }
            }
        });
        if (digits) {
            TextWindows.forEachMatch(MONTH_YEAR, s, monthWindows, m -> add(found,
                    new DateMention(EventDate.month(Integer.parseInt(m.group(2)), month(m.group(1))), m.start(), m.end(), true)));
            TextWindows.forEachMatch(YEAR_RANGE, s, digitWindows, m -> {
                int from = Integer.parseInt(m.group(1));
                int to = m.group(2).length() == 2 ? from / 100 * 100 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
                if (to > from && to - from < 50) {
                    add(found, new DateMention(EventDate.range(EventDate.year(from), EventDate.year(to)), m.start(), m.end(), true));
                }
            });
        }
        if (published != null) {
            relativeMonths(s, monthWindows, published, future, digits, found);
        }
        if (Clues.containsAny(lower, SEASON_WORDS)) {
            Matcher season = SEASON.matcher(lower);
            while (season.find()) {
                EventDate d = season.group("year") != null || published != null ? season(season, published) : null;
                if (d != null) {
                    add(found, new DateMention(d, season.start(), season.end(), season.group("year") != null));
                }
            }
        }
        // A year alone starts a run of digits (no digit may precede it): one attempt at each.
        TextWindows.forEachMatchAt(YEAR_ALONE, s, digitRuns, m ->
                add(found, new DateMention(EventDate.year(Integer.parseInt(m.group(1))), m.start(), m.end(), true)));
        TextWindows.forEachMatch(RELATIVE, s, TextWindows.aroundWords(lower, RELATIVE_WORDS, 24, 16), m -> {
            EventDate d = relative(m, s, published, anchorBefore(found, m.start(), anchor));
            if (d != null) {
                add(found, new DateMention(d, m.start(), m.end(), false));
            }
        });
        if (published != null && lower.contains("old")) {
            // "the eight month old pact": its age gives the date it was made
            Matcher age = AGE.matcher(lower);
            while (age.find()) {
                int n = count(age.group(1));
                if (n > 0) {
                    YearMonth made = YearMonth.from(published).minusMonths(n);
                    EventDate d = age.group(2).equals("month")
                            ? EventDate.month(made.getYear(), made.getMonthValue())
                            : EventDate.year(published.getYear() - n);
                    add(found, new DateMention(d, age.start(), age.end(), false));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](month|year)s?[- ]old\\b");


    private static final int[] NONE = {};
    private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] PERIOD_WORDS = {"quarter", "month", "half", "halves"};
    private static final String[] RELATIVE_WORDS = {"year", "month", "week", "day", "tonight", "tomorrow"};

    private static void explicitDays(String s, int[] monthWindows, List<DateMention> found) {
        TextWindows.forEachMatch(DAY_RANGE_MONTH_YEAR, s, monthWindows, m -> dayRange(found, m, Integer.parseInt(m.group(4)),
                month(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), true));
        TextWindows.forEachMatch(MONTH_DAY_RANGE_YEAR, s, monthWindows, m -> dayRange(found, m, Integer.parseInt(m.group(4)),
                month(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), true));
        TextWindows.forEachMatch(DAY_MONTH_YEAR, s, monthWindows, m ->
                day(found, m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), true));
        TextWindows.forEachMatch(MONTH_DAY_YEAR, s, monthWindows, m ->
                day(found, m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), true));
        TextWindows.forEachMatch(MONTH_RANGE_YEAR, s, monthWindows, m ->
                monthRange(found, m, Integer.parseInt(m.group(3)), month(m.group(1)), month(m.group(2)), true));
    }

    private static void relativeMonths(String s, int[] monthWindows, LocalDate published, boolean future, boolean digits,
                                       List<DateMention> found) {
        Integer pubYear = published.getYear();
        TextWindows.forEachMatch(MONTH_RANGE, s, monthWindows, m -> {
            Integer year = m.group(3) != null ? relativeYear(m.group(3), pubYear) : pubYear;
            monthRange(found, m, year, month(m.group(1)), month(m.group(2)), false);
        });
        if (digits) {
            TextWindows.forEachMatch(DAY_RANGE_MONTH, s, monthWindows, m -> dayRangeThisYear(found, m, month(m.group(3)),
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), published, future));
            TextWindows.forEachMatch(MONTH_DAY_RANGE, s, monthWindows, m -> dayRangeThisYear(found, m, month(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), published, future));
            TextWindows.forEachMatch(DAY_MONTH, s, monthWindows, m ->
                    dayThisYear(found, m, month(m.group(2)), Integer.parseInt(m.group(1)), published, future));
            TextWindows.forEachMatch(MONTH_DAY, s, monthWindows, m ->
                    dayThisYear(found, m, month(m.group(1)), Integer.parseInt(m.group(2)), published, future));
        }
        TextWindows.forEachMatch(MONTH_ALONE, s, monthWindows, m -> {
            int mon = month(m.group(1));
            int year;
            if (m.group(2) != null) {
                year = relativeYear(m.group(2), pubYear);
            } else {
                // "in January": the latest January on or before publication, or the next one for plans
                // and deadlines ("until late September", "by March")
                String lead = m.group().toLowerCase(Locale.ROOT);
                boolean last = lead.startsWith("last");
                boolean ahead = !last && (lead.startsWith("next") || future
                        || DEADLINE.matcher(s.substring(Math.max(0, m.start() - 12), m.start() + 6)).find());
                year = pubYear;
                // next month is upcoming, not eleven months ago: "exports in April" cannot be a figure of a March story
                if (last && mon >= published.getMonthValue() || !ahead && mon > published.getMonthValue() + 1) {
                    year--; // "last September" in an April story, "last April" too
                } else if (ahead && mon < published.getMonthValue()) {
                    year++;
                }
            }
            add(found, new DateMention(EventDate.month(year, mon), m.start(), m.end(), false));
        });
    }

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /**
     * Where the first month is named, or -1: a capitalised month name or its abbreviation, as a whole
     * word ("Mar." not "Market").
     */
    private static int firstMonthName(String s) {
        int first = -1;
        for (String month : MONTH_NAMES) {
            String stem = month.substring(0, 3);
            for (int i = s.indexOf(stem); i >= 0; i = s.indexOf(stem, i + 1)) {
                if (i > 0 && Character.isLetter(s.charAt(i - 1))) {
                    continue;
                }
                int end = i + 3;
                while (end < s.length() && Character.isLetter(s.charAt(end))) {
                    end++;
                }
                String word = s.substring(i, end);
                if (word.length() == 3 || month.startsWith(word)) {
                    if (first < 0 || i < first) {
                        first = i; // "Mar", "Sept", "March"
                    }
                    break;
                }
            }
        }
        return first;
    }

    private static EventDate anchorBefore(List<DateMention> found, int position, EventDate anchor) {
        DateMention best = null;
        for (DateMention d : found) {
            if (d.end() <= position && (best == null || d.end() > best.end())) {
                best = d;
            }
        }
        return best != null ? best.date() : anchor;
    }

    /** The same period some years later (or earlier): each bound's year moved, its precision kept. */
    private static EventDate shiftedYears(EventDate period, int years) {
        StringBuilder iso = new StringBuilder();
        for (String bound : period.iso().split("/")) {
            iso.append(iso.isEmpty() ? "" : "/").append(bound.length() == 10
                    ? LocalDate.parse(bound).plusYears(years).toString()
                    : String.format("%04d", Integer.parseInt(bound.substring(0, 4)) + years) + bound.substring(4));
        }
        return EventDate.parse(iso.toString());
    }

    /** "three months after Vietnam and the United States signed": what follows "after" came that long before. */
    private static final Pattern AFTER_A_CLAUSE = Pattern.compile("\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?\\p{L}");

    /**
     * A date relative to the publication or to an anchor. "N months after" followed by words dates the
     * event they tell of, which came before the anchor: "will visit Washington in December, three months
     * after [they] signed a chip supply agreement" dates the signing September.
     */
    private static EventDate relative(Matcher m, String s, LocalDate pub, EventDate anchor) {
        if (m.group("yearearlier") != null && anchor == null && pub != null) {
            anchor = EventDate.year(pub.getYear()); // "from 1.87 billion in the year-earlier period": the period before this year's
        }
        if (m.group("later") != null || m.group("followingyear") != null || m.group("yearearlier") != null) {
            if (anchor == null) {
                return null;
            }
            int n = m.group("later") != null ? count(m.group("n")) : 1;
            boolean back = m.group("yearearlier") != null || m.group("dir") != null && (m.group("dir").toLowerCase(Locale.ROOT).matches("earlier|before|ago")
                    || m.group("dir").equalsIgnoreCase("after") && AFTER_A_CLAUSE.matcher(s).region(m.end(), s.length()).lookingAt());
            if (m.group("dir") != null && m.group("dir").equalsIgnoreCase("ago")) {
                anchor = pub == null ? null : EventDate.day(pub);
                if (anchor == null) {
                    return null;
                }
            }
            int sign = back ? -1 : 1;
            boolean years = m.group("lunit") == null || m.group("lunit").toLowerCase(Locale.ROOT).startsWith("year");
            LocalDate start = anchor.start();
            if (years && anchor.isRange()) {
                return shiftedYears(anchor, sign * n); // "in January-February from 1.87 billion in the year-earlier period"
            }
            if (years) {
                return switch (anchor.precision()) {
                    case YEAR -> EventDate.year(anchor.year() + sign * n);
                    case MONTH -> EventDate.month(start.getYear() + sign * n, start.getMonthValue());
                    case DAY -> EventDate.day(start.plusYears((long) sign * n));
                };
            }
            if (anchor.precision() == EventDate.Precision.YEAR) {
                return null; // "three months later" after a bare year: not knowable to the month
            }
            YearMonth ym = YearMonth.from(start).plusMonths((long) sign * n);
            return EventDate.month(ym.getYear(), ym.getMonthValue());
        }
        if (pub == null) {
            return null;
        }
        if (m.group("lastyear") != null) return EventDate.year(pub.getYear() - 1);
        if (m.group("thisyear") != null) return EventDate.year(pub.getYear());
        if (m.group("nextyear") != null) return EventDate.year(pub.getYear() + 1);
        YearMonth ym = YearMonth.from(pub);
        if (m.group("lastmonth") != null) return monthOf(ym.minusMonths(1));
        if (m.group("thismonth") != null) return monthOf(ym);
        if (m.group("nextmonth") != null) return monthOf(ym.plusMonths(1));
        if (m.group("lastweek") != null) return monthOf(YearMonth.from(pub.minusWeeks(1)));
        if (m.group("nextweek") != null) return monthOf(YearMonth.from(pub.plusWeeks(1)));
        if (m.group("thisweek") != null) return monthOf(ym);
        if (m.group("yesterday") != null) return EventDate.day(pub.minusDays(1));
        if (m.group("today") != null) return EventDate.day(pub);
        if (m.group("tomorrow") != null) return EventDate.day(pub.plusDays(1));
        if (m.group("weekday") != null) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            boolean next = m.group().toLowerCase(Locale.ROOT).startsWith("next");
            return EventDate.day(next ? pub.with(TemporalAdjusters.next(dow)) : pub.with(TemporalAdjusters.previousOrSame(dow)));
        }
        return null;
    }

    private static EventDate monthOf(YearMonth ym) {
        return EventDate.month(ym.getYear(), ym.getMonthValue());
    }

    private static int count(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> Integer.parseInt(word);
        };
    }

    private static int[] periodMonths(String part, String countWord, String unit) {
        String p = part.toLowerCase(Locale.ROOT);
        String u = unit.toLowerCase(Locale.ROOT);
        int n = countWord == null ? 1 : count(countWord);
        int ordinal = switch (p) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final", "last" -> 4;
            default -> 1;
        };
        if (u.startsWith("quarter")) {
            if (countWord != null) {
                return p.equals("first") && n <= 4 ? new int[] {1, 3 * n} : null;
            }
            return new int[] {3 * ordinal - 2, 3 * ordinal};
        }
        if (u.equals("months")) {
            if (n > 12) return null;
            return p.equals("first") ? new int[] {1, n} : (p.equals("last") || p.equals("final")) ? new int[] {13 - n, 12} : null;
        }
        if (u.startsWith("half") || u.equals("halves")) {
            return switch (ordinal) {
                case 1 -> new int[] {1, 6};
                case 2, 4 -> new int[] {7, 12};
                default -> null;
            };
        }
        return null;
    }

    private static Integer relativeYear(String rel, Integer pubYear) {
        if (rel == null || pubYear == null) {
            return null;
        }
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> pubYear - 1;
            case "next" -> pubYear + 1;
            default -> pubYear;
        };
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static void day(List<DateMention> found, Matcher m, int year, int month, int day, boolean explicit) {
        if (day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
            add(found, new DateMention(EventDate.day(LocalDate.of(year, month, day)), m.start(), m.end(), explicit));
        }
    }

    /** How far ahead of publication a day without a year is still read as this year's. */
    private static final int UPCOMING_DAYS = 60;

    private static void dayThisYear(List<DateMention> found, Matcher m, int month, int day, LocalDate pub, boolean future) {
        int year = pub.getYear();
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return;
        }
        LocalDate d = LocalDate.of(year, month, day);
        // A day within the coming weeks is more likely meant than one nearly a year ago ("will be signed on March 20")
        if (!future && d.isAfter(pub.plusDays(UPCOMING_DAYS))) {
            d = d.minusYears(1);
        } else if (future && d.isBefore(pub.minusDays(14))) {
            d = d.plusYears(1);
        }
        add(found, new DateMention(EventDate.day(d), m.start(), m.end(), false));
    }

    /** A range of days without a year: the year its first day takes as a lone day ({@link #dayThisYear}). */
    private static void dayRangeThisYear(List<DateMention> found, Matcher m, int month, int first, int last, LocalDate pub,
                                         boolean future) {
        List<DateMention> start = new ArrayList<>(1);
        dayThisYear(start, m, month, first, pub, future);
        if (!start.isEmpty()) {
            dayRange(found, m, start.get(0).date().start().getYear(), month, first, last, false);
        }
    }

    private static void dayRange(List<DateMention> found, Matcher m, int year, int month, int first, int last, boolean explicit) {
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (first >= 1 && first < last && last <= days) {
            add(found, new DateMention(EventDate.range(EventDate.day(LocalDate.of(year, month, first)),
                    EventDate.day(LocalDate.of(year, month, last))), m.start(), m.end(), explicit));
        }
    }

    /**
     * A season's three months: spring from March, summer from June, autumn from September, winter from
     * December. "Next" is the first to begin after the publication's month, "last" the latest to end
     * before it, "this" the one of the publication's year (the winter the publication falls in, or the
     * coming one).
     */
    private static EventDate season(Matcher m, LocalDate published) {
        String name = m.group("season") != null ? m.group("season") : m.group("rseason");
        int first = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "winter" -> 12;
            default -> 9;
        };
        int year;
        if (m.group("year") != null) {
            year = Integer.parseInt(m.group("year"));
        } else {
            YearMonth pub = YearMonth.from(published);
            String rel = m.group("rel");
            year = published.getYear();
            if (rel.equals("next") || rel.equals("coming")) {
                while (!YearMonth.of(year, first).isAfter(pub)) {
                    year++;
                }
                while (YearMonth.of(year - 1, first).isAfter(pub)) {
                    year--;
                }
            } else if (rel.equals("last")) {
                while (!YearMonth.of(year, first).plusMonths(2).isBefore(pub)) {
                    year--;
                }
            } else if (first == 12 && pub.getMonthValue() <= 2) {
                year--; // "this winter" in January: the winter that began last December
            }
        }
        YearMonth from = YearMonth.of(year, first);
        YearMonth to = from.plusMonths(2);
        return EventDate.range(EventDate.month(from.getYear(), from.getMonthValue()), EventDate.month(to.getYear(), to.getMonthValue()));
    }

    private static void monthRange(List<DateMention> found, Matcher m, Integer year, int from, int to, boolean explicit) {
        if (year == null || to < from) {
            return;
        }
        EventDate date = from == to ? EventDate.month(year, from)
                : EventDate.range(EventDate.month(year, from), EventDate.month(year, to));
        add(found, new DateMention(date, m.start(), m.end(), explicit));
    }

    /** Adds unless it overlaps a mention found earlier (the more specific patterns run first). */
    private static void add(List<DateMention> found, DateMention mention) {
        for (DateMention d : found) {
            if (mention.start() < d.end() && mention.end() > d.start()) {
                return;
            }
        }
        found.add(mention);
    }
}
