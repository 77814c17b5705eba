package uk.deanery.welfare.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The bytes of an import file as text in one encoding that they must really be in: the first byte that is not
 * ends reading with an {@link UnreadableFileException} naming its line and character, once every character before it
 * has been read, instead of being replaced by U+FFFD. A UTF-8 byte-order mark is dropped. Reading stops, with the
 * same exception, once more than the allowed bytes have come.
 */
public final class StrictDecoder extends Reader {

    private static final int BUFFER = 16 * 1024;
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final ImportCharset charset;
    private final CharsetDecoder decoder;
    private final long bytesMax;
    private final String fileKind;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private long bytesRead;
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private UnreadableFileException pending;
    private long line = 1;
    private long character;
    private boolean afterCarriageReturn;

    /**
     * @param bytesMax the most bytes the file may have
     * @param fileKind how the hint names the format, e.g. {@code "CSV"} or {@code "JSON"}
     */
    public StrictDecoder(InputStream in, ImportCharset charset, long bytesMax, String fileKind) {
        this.in = in;
        this.charset = charset;
        this.bytesMax = bytesMax;
        this.fileKind = fileKind;
        this.decoder = charset.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            // A decoder may not decode again once flushed; the end stays the end, however often it is asked.
            return -1;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        int badByte = -1;
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                badByte = bytes.get(bytes.position()) & 0xFF;
                break;
            } else if (result.isOverflow()) {
                break;
            } else if (endOfInput) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                break;
            } else {
                fill();
            }
        }
        int read = out.position() - offset;
        follow(target, offset, read);
        if (badByte >= 0) {
            // Located once the characters before it are counted.
            pending = undecodable(badByte);
        }
        if (read > 0) {
            return read;
        }
        if (pending != null) {
            throw pending;
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void start() throws IOException {
        started = true;
        while (!endOfInput && bytes.remaining() < UTF_8_BOM.length) {
            fill();
        }
        if (charset == ImportCharset.UTF_8
                && bytes.remaining() >= UTF_8_BOM.length
                && bytes.get(bytes.position()) == UTF_8_BOM[0]
                && bytes.get(bytes.position() + 1) == UTF_8_BOM[1]
                && bytes.get(bytes.position() + 2) == UTF_8_BOM[2]) {
            bytes.position(bytes.position() + UTF_8_BOM.length);
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
            bytesRead += read;
        }
        bytes.flip();
        if (bytesRead > bytesMax) {
            pending = new UnreadableFileException(
                    line,
                    line,
                    -1,
                    "the file is larger than " + ImportLimits.megabytes(bytesMax)
                            + ", the most one import reads; split it into smaller files");
            throw pending;
        }
    }

    /** Counts lines and characters as the text is handed on, so that a failure can say where it is. */
    private void follow(char[] text, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = text[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                character = 0;
            } else if (c == '\r') {
                line++;
                character = 0;
            } else if (!Character.isLowSurrogate(c)) {
                character++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    private UnreadableFileException undecodable(int badByte) {
        String where = String.format("byte 0x%02X at line %d, character %d", badByte, line, character + 1);
        String reason = charset == ImportCharset.UTF_8
                ? "is not UTF-8 text (" + where + "): save the file as " + fileKind
                        + " UTF-8 and import it again, or choose Windows-1252 if older Excel saved it"
                : "is not Windows-1252 text (" + where + " stands for no character there): choose UTF-8, or save"
                        + " the file as " + fileKind + " UTF-8";
        return new UnreadableFileException(line, line, -1, reason);
    }
}
