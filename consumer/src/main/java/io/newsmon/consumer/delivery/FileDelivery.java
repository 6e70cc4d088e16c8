package io.newsmon.consumer.delivery;

import io.newsmon.consumer.AlertLog;
import io.newsmon.consumer.digest.DigestRenderer;
import io.newsmon.consumer.digest.DigestSite;
import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import java.io.IOException;
import java.nio.file.Path;

/** A subscription's own folder: {@code alerts.jsonl} (deduplicated by id) and {@code digests/}. */
public final class FileDelivery implements Delivery {
    private final AlertLog alerts;
    private final DigestSite digests;
    private boolean digestsChanged;

    public FileDelivery(Path dir, DigestRenderer renderer) throws IOException {
        this.alerts = AlertLog.open(dir.resolve("alerts.jsonl"));
        this.digests = new DigestSite(dir.resolve("digests"), renderer);
    }

    @Override
    public void alert(Alert alert) throws IOException {
        alerts.append(alert);
    }

    @Override
    public void digest(Digest digest) throws IOException, DeliveryFailedException {
        try {
            digests.publish(digest);
            digestsChanged = true;
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailedException("digest rejected: " + e.getMessage(), e);
        }
    }

    @Override
    public void sync() throws IOException {
        alerts.sync();
        if (digestsChanged) {
            digests.writeIndex();
            digestsChanged = false;
        }
    }

    @Override
    public void close() throws IOException {
        alerts.close();
    }
}
