package io.newsmon.consumer.delivery;

import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import java.io.IOException;

/**
 * One channel of one subscription. A delivery that the channel gives up on throws
 * {@link DeliveryFailedException} (the caller parks the record on the dead-letter topic); an
 * {@link IOException} means the local machine cannot write and the caller must stop uncommitted.
 */
public interface Delivery extends AutoCloseable {

    void alert(Alert alert) throws IOException, DeliveryFailedException;

    void digest(Digest digest) throws IOException, DeliveryFailedException;

    /** Makes what was delivered so far durable; called before offsets are committed. */
    default void sync() throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
