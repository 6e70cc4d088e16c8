package io.newsmon.consumer.delivery;

/** A channel gave up on one alert or digest, after its retries; the message says why. */
public final class DeliveryFailedException extends Exception {
    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryFailedException(String message) {
        super(message);
    }
}
