package io.trunkline.diagnostics.internal.simulation;

import io.trunkline.core.model.SmartflowStep.BusinessHours;
import io.trunkline.core.model.SmartflowStep.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Opening hours of a Business Hours condition: whether a moment is open, and how to write them. */
final class Schedule {

    private Schedule() {
    }

    /**
     * An interval includes its opening minute and excludes its closing minute, so back-to-back
     * intervals (09:00-12:00, 12:00-18:00) never overlap and 18:00 is the first closed minute.
     *
     * @param hours the condition
     * @param time the moment, in the condition's zone
     * @return whether the line is open then
     */
    static boolean isOpen(BusinessHours hours, ZonedDateTime time) {
        LocalTime clock = time.toLocalTime();
        for (OpeningHours interval : hours.openingHours()) {
            if (interval.day() == time.getDayOfWeek() && !clock.isBefore(interval.from()) && clock.isBefore(interval.to())) {
                return true;
            }
        }
        return false;
    }

    /** @return e.g. {@code Tue} */
    static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /**
     * @param hours the condition
     * @return one entry per distinct interval, in order of first appearance, with its days as ranges,
     *     e.g. {@code ["Mon-Fri 09:00-18:00", "Sat 10:00-12:00"]}
     */
    static List<String> describe(BusinessHours hours) {
        Map<String, TreeSet<DayOfWeek>> daysByInterval = new LinkedHashMap<>();
        for (OpeningHours interval : hours.openingHours()) {
            daysByInterval.computeIfAbsent(interval.from() + "-" + interval.to(), k -> new TreeSet<>()).add(interval.day());
        }
        List<String> lines = new ArrayList<>();
        daysByInterval.forEach((interval, days) -> lines.add(dayRanges(days) + " " + interval));
        return lines;
    }

    private static String dayRanges(TreeSet<DayOfWeek> days) {
        List<String> ranges = new ArrayList<>();
        DayOfWeek start = null;
        DayOfWeek previous = null;
        for (DayOfWeek day : days) {
            if (start == null) {
                start = day;
            } else if (day.getValue() != previous.getValue() + 1) {
                ranges.add(range(start, previous));
                start = day;
            }
            previous = day;
        }
        ranges.add(range(start, previous));
        return String.join(", ", ranges);
    }

    private static String range(DayOfWeek from, DayOfWeek to) {
        if (from == to) {
            return day(from);
        }
        return day(from) + (to.getValue() == from.getValue() + 1 ? ", " : "-") + day(to);
    }
}
