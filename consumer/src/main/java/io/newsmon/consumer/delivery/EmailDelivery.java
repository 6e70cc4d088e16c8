package io.newsmon.consumer.delivery;

import io.newsmon.consumer.digest.DigestName;
import io.newsmon.consumer.digest.DigestRenderer;
import io.newsmon.consumer.digest.DigestView;
import io.newsmon.consumer.subscription.ChannelSpec;
import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import java.io.IOException;

/** An e-mail per alert (its readable line and evidence) and per digest (its Markdown page). */
public final class EmailDelivery implements Delivery {
    private final ChannelSpec.Email spec;
    private final String subscription;
    private final DigestRenderer renderer;
    private final SmtpMailer mailer;

    public EmailDelivery(ChannelSpec.Email spec, String subscription, DigestRenderer renderer) {
        this.spec = spec;
        this.subscription = subscription;
        this.renderer = renderer;
        this.mailer = new SmtpMailer(spec.smtpHost(), spec.smtpPort());
    }

    @Override
    public void alert(Alert alert) throws DeliveryFailedException {
        StringBuilder body = new StringBuilder(ConsoleDelivery.line(subscription, alert)).append("\n\n");
        if (alert.test() != null) {
            body.append(alert.test()).append("\n\n");
        }
        alert.evidence().forEach(q -> body.append("> ").append(q.sentence()).append("\n  ")
                .append(q.source() == null || q.source().url() == null ? "" : q.source().url()).append("\n"));
        send("newsmon " + alert.severity() + " " + alert.type() + ": " + alert.actor1()
                + (alert.actor2() == null ? "" : "-" + alert.actor2()) + " " + alert.period(), body.toString(), alert.id());
    }

    @Override
    public void digest(Digest digest) throws DeliveryFailedException {
        DigestName name;
        try {
            name = DigestName.of(digest);
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailedException("digest rejected: " + e.getMessage(), e);
        }
        send("newsmon digest " + name.fileBase(), renderer.markdown(DigestView.of(digest, name)), digest.id());
    }

    private void send(String subject, String body, String id) throws DeliveryFailedException {
        try {
            mailer.send(spec.from(), spec.to(), subject, body);
        } catch (IOException e) {
            throw new DeliveryFailedException("e-mail to " + spec.to() + " via " + spec.smtpHost() + ":" + spec.smtpPort()
                    + " failed for " + id + ": " + e.getMessage(), e);
        }
    }
}
