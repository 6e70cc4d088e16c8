package io.newsmon.consumer.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.newsmon.consumer.Samples;
import io.newsmon.consumer.digest.DigestRenderer;
import io.newsmon.consumer.subscription.ChannelSpec;
import io.newsmon.model.Severity;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against GreenMail, a real SMTP server in the test JVM. */
class EmailDeliveryTest {
    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private EmailDelivery delivery(String... to) {
        return new EmailDelivery(new ChannelSpec.Email(List.of(to), "newsmon@example.org", "127.0.0.1",
                smtp.getSmtp().getPort()), "desk", new DigestRenderer());
    }

    @Test
    void mailsAnAlertWithItsReasonAndEvidence() throws Exception {
        delivery("a@example.org", "b@example.org").alert(
                Samples.alert("m1", "BEL", "KAZ", Severity.HIGH, ".A sentence starting with a dot.\r\nSubject: forged", "https://news.example.org/1"));

        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(2); // one copy per recipient
        MimeMessage m = messages[0];
        assertThat(m.getSubject()).isEqualTo("newsmon HIGH DROP: BEL-KAZ 2026-W47");
        assertThat(m.getFrom()[0].toString()).isEqualTo("newsmon@example.org");
        String body = (String) m.getContent();
        assertThat(body).contains("[desk] HIGH drop BEL\u2192KAZ trade 2026-W47: Trade from BEL fell by half")
                .contains("> .A sentence starting with a dot.")
                .contains("https://news.example.org/1");
        assertThat(m.getHeader("Subject")).hasSize(1);
    }

    @Test
    void mailsADigestAsMarkdown() throws Exception {
        delivery("a@example.org").digest(Samples.digest("KAZ", null, "2026-W47", "Wheat exports rose.", null, 2));
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("newsmon digest KAZ_2026-W47");
        assertThat((String) m.getContent()).contains("# Digest KAZ \u00b7 2026-W47").contains("Wheat exports rose.");
    }

    @Test
    void anUnreachableRelayFailsTheDelivery() {
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        assertThatThrownBy(() -> new EmailDelivery(new ChannelSpec.Email(List.of("a@example.org"), "n@example.org",
                "127.0.0.1", port), "desk", new DigestRenderer()).alert(Samples.alert("m2")))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageStartingWith("e-mail to [a@example.org] via 127.0.0.1:" + port + " failed for m2");
        smtp.start(); // for @AfterEach
    }
}
