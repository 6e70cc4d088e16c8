package io.newsmon.consumer;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.delivery.ConsoleDelivery;
import io.newsmon.consumer.delivery.Delivery;
import io.newsmon.consumer.delivery.EmailDelivery;
import io.newsmon.consumer.delivery.FileDelivery;
import io.newsmon.consumer.delivery.WebhookDelivery;
import io.newsmon.consumer.digest.DigestRenderer;
import io.newsmon.consumer.subscription.ChannelSpec;
import io.newsmon.consumer.subscription.Subscription;
import io.newsmon.consumer.subscription.Subscriptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every subscription of a subscriptions file, each in its own consumer group
 * ({@code newsmon-sub-<name>}) and thread. {@link #run()} returns when {@link #close()} is called
 * (from another thread) or when every subscription has stopped; one subscription failing (say, a
 * full disk) does not stop the others.
 */
public final class SubscriptionRunner implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRunner.class);

    private final NewsmonConfig config;
    private final Subscriptions subscriptions;
    private final PrintStream console;
    private final Clock clock;
    private final List<SubscriptionWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean started;
    private boolean closing;

    public SubscriptionRunner(NewsmonConfig config, Subscriptions subscriptions) {
        this(config, subscriptions, System.out, Clock.systemUTC());
    }

    SubscriptionRunner(NewsmonConfig config, Subscriptions subscriptions, PrintStream console, Clock clock) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.console = console;
        this.clock = clock;
    }

    @Override
    public void run() {
        synchronized (this) {
            if (started || closing) {
                return;
            }
            started = true;
            DigestRenderer renderer = new DigestRenderer();
            for (Subscription s : subscriptions.all()) {
                SubscriptionWorker worker = new SubscriptionWorker(config, s, open(s, renderer), clock);
                Thread thread = new Thread(() -> {
                    try {
                        worker.run();
                    } catch (RuntimeException e) {
                        LOG.error("subscription {} stopped: {}", s.name(), e.toString(), e);
                    }
                }, "newsmon-sub-" + s.name());
                workers.add(worker);
                threads.add(thread);
            }
            threads.forEach(Thread::start);
        }
        joinAll();
    }

    /** Stops every subscription after its current batch and waits for them. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            workers.forEach(SubscriptionWorker::stop);
        }
        joinAll();
    }

    /** Per subscription name, what it has done so far. */
    public synchronized Map<String, SubscriptionStats> stats() {
        Map<String, SubscriptionStats> stats = new LinkedHashMap<>();
        workers.forEach(w -> stats.put(w.subscription().name(), w.stats()));
        return stats;
    }

    /** Waits until every subscription has joined its group and found its start; false on timeout. */
    public boolean awaitStarted(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<SubscriptionWorker> current;
            synchronized (this) {
                current = started ? List.copyOf(workers) : null;
            }
            if (current != null) {
                for (SubscriptionWorker w : current) {
                    if (!w.awaitAssignment(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                        return false;
                    }
                }
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
    }

    private List<Delivery> open(Subscription s, DigestRenderer renderer) {
        List<Delivery> deliveries = new ArrayList<>();
        for (ChannelSpec spec : s.channels()) {
            if (spec instanceof ChannelSpec.File f) {
                deliveries.add(fileDelivery(f.dir() != null ? f.dir()
                        : Path.of(config.getString(NewsmonConfig.OUT_DIR), "subscriptions", s.name()), renderer));
            } else if (spec instanceof ChannelSpec.Console) {
                deliveries.add(new ConsoleDelivery(console, s.name()));
            } else if (spec instanceof ChannelSpec.Webhook w) {
                deliveries.add(new WebhookDelivery(w));
            } else if (spec instanceof ChannelSpec.Email e) {
                deliveries.add(new EmailDelivery(e, s.name(), renderer));
            }
        }
        return deliveries;
    }

    private static Delivery fileDelivery(Path dir, DigestRenderer renderer) {
        try {
            return new FileDelivery(dir, renderer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open subscription folder " + dir, e);
        }
    }

    private void joinAll() {
        List<Thread> current;
        synchronized (this) {
            current = List.copyOf(threads);
        }
        for (Thread t : current) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
