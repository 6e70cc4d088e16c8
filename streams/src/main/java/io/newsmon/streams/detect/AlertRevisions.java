package io.newsmon.streams.detect;

import io.newsmon.model.Alert;
import java.util.Optional;

/**
 * When an alert already raised is raised again by a later fact of the same period: only a higher
 * severity makes a new version (same id, the new figures, test, reason and evidence). Smaller moves
 * of the figures do not, so an alert is re-sent at most twice (LOW → MEDIUM → HIGH). The version
 * keeps the first {@code raisedAt}: it is still the same change, listed in the same digest.
 */
public final class AlertRevisions {
    private AlertRevisions() {
    }

    /**
     * @param known what was emitted under this id before, or null
     * @param now   the alert as judged now (same id)
     * @return what to emit: the alert itself the first time, a new version when its severity rose
     */
    public static Optional<Alert> toEmit(Alert known, Alert now) {
        if (known == null) {
            return Optional.of(now);
        }
        if (now.severity().compareTo(known.severity()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Alert(now.id(), now.type(), now.severity(), now.actor1(), now.actor2(), now.kind(),
                now.period(), now.basePeriod(), now.observed(), now.baseline(), now.unit(), now.test(), now.reason(),
                now.evidence(), known.raisedAt()));
    }
}
