package io.newsmon.producer.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: UTF-8 (the default of every format newsmon reads), or UTF-16 when a byte
 * order mark says so. Bytes that are not valid in that encoding are refused rather than guessed at,
 * so that no article reaches extraction with mangled names or figures.
 */
final class TextDecoding {
    private TextDecoding() {
    }

    /** Thrown with a reason fit for a dead letter. */
    static final class UndecodableText extends Exception {
        UndecodableText(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes) throws UndecodableText {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (hasUtf16Bom(bytes)) {
            charset = StandardCharsets.UTF_16; // reads and drops the BOM itself
        } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf) {
            skip = 3;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new UndecodableText("not valid " + charset.name() + " text (malformed bytes at offset "
                    + (skip + buffer.position()) + "); save it as UTF-8");
        } catch (CharacterCodingException e) {
            throw new UndecodableText("not valid " + charset.name() + " text: " + e.getMessage());
        }
    }

    /** For looking at content only: malformed bytes become U+FFFD. */
    static String lenient(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && (((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)
                || ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe));
    }
}
