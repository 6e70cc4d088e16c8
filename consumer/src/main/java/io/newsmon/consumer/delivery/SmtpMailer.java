package io.newsmon.consumer.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Sends one plain-text UTF-8 message over SMTP (RFC 5321): no authentication or TLS, so meant for
 * a local relay. Header values are stripped of line breaks; the body is dot-stuffed.
 */
final class SmtpMailer {
    private static final int TIMEOUT_MS = 10_000;

    private final String host;
    private final int port;

    SmtpMailer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    void send(String from, List<String> to, String subject, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            expect(in, 220);
            command(out, in, "EHLO newsmon", 250);
            command(out, in, "MAIL FROM:<" + header(from) + ">", 250);
            for (String rcpt : to) {
                command(out, in, "RCPT TO:<" + header(rcpt) + ">", 250);
            }
            command(out, in, "DATA", 354);
            StringBuilder message = new StringBuilder()
                    .append("From: ").append(header(from)).append("\r\n")
                    .append("To: ").append(header(String.join(", ", to))).append("\r\n")
                    .append("Subject: ").append(header(subject)).append("\r\n")
                    .append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())).append("\r\n")
                    .append("MIME-Version: 1.0\r\n")
                    .append("Content-Type: text/plain; charset=UTF-8\r\n")
                    .append("Content-Transfer-Encoding: 8bit\r\n\r\n");
            for (String line : body.split("\r?\n", -1)) {
                message.append(line.startsWith(".") ? "." + line : line).append("\r\n");
            }
            message.append(".\r\n");
            out.write(message.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            expect(in, 250);
            command(out, in, "QUIT", 221);
        }
    }

    private static String header(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }

    private static void command(OutputStream out, BufferedReader in, String line, int expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        expect(in, expected);
    }

    /** Reads a (possibly multi-line) reply and checks its code. */
    private static void expect(BufferedReader in, int expected) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("SMTP server closed the connection");
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(Integer.toString(expected))) {
            throw new IOException("SMTP server answered '" + line + "', expected " + expected);
        }
    }
}
