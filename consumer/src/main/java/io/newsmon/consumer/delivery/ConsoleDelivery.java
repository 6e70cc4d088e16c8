package io.newsmon.consumer.delivery;

import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import java.io.PrintStream;
import java.util.Locale;

/** One readable line per alert or digest, prefixed with the subscription's name. */
public final class ConsoleDelivery implements Delivery {
    private final PrintStream out;
    private final String subscription;

    public ConsoleDelivery(PrintStream out, String subscription) {
        this.out = out;
        this.subscription = subscription;
    }

    /** "[desk] HIGH drop BEL→KAZ trade 2026-W47: Trade fell by half." */
    public static String line(String subscription, Alert a) {
        String subject = a.actor2() == null ? a.actor1() : a.actor1() + "\u2192" + a.actor2();
        return "[" + subscription + "] " + a.severity() + " " + lower(a.type()) + " " + subject
                + (a.kind() == null ? "" : " " + lower(a.kind()))
                + (a.period() == null ? "" : " " + a.period()) + ": " + oneLine(a.reason());
    }

    @Override
    public void alert(Alert alert) {
        out.println(line(subscription, alert));
    }

    @Override
    public void digest(Digest d) {
        String subject = d.partner() == null ? d.country() : d.country() + "\u2192" + d.partner();
        long events = d.counts().values().stream().mapToLong(Long::longValue).sum();
        out.println("[" + subscription + "] digest " + subject + " " + d.period() + ": " + events + " events, "
                + d.alerts().size() + " alerts, " + d.articles() + " articles");
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Keeps one alert on one line whatever the reason text holds (and drops terminal control codes). */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}]+", " ").strip();
    }
}
