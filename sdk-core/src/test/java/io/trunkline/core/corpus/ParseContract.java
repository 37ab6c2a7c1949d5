package io.trunkline.core.corpus;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.function.Function;

/**
 * The contract every parser honours for any input: it returns a value, or throws an
 * {@link InvalidConfigurationException} whose message is non-blank, bounded and printable. Anything
 * else (NullPointerException, StringIndexOutOfBoundsException, NumberFormatException, a hang) is a bug.
 */
final class ParseContract {

    /** Longest message we accept: long enough to name the problem and the fix, short enough for one log line. */
    static final int MAX_MESSAGE_LENGTH = 400;

    private ParseContract() {
    }

    /**
     * The outcome of one parser call: exactly one of {@code value} and {@code message} is set.
     *
     * @param value what the parser returned
     * @param message the message of the {@link InvalidConfigurationException} it threw
     */
    record Outcome<T>(T value, String message) {

        boolean parsed() {
            return message == null;
        }
    }

    /**
     * Calls {@code parser} on {@code input} under the hang guard and checks the contract.
     *
     * @param parserName e.g. {@code PhoneNumber.parse}, for failure messages
     * @return the value or the (checked) message
     * @throws AssertionError if the contract is broken
     */
    static <T> Outcome<T> apply(String parserName, Function<String, T> parser, String input) {
        String call = parserName + "(" + Escapes.show(input) + ")";
        T value;
        try {
            value = HangGuard.call(call, () -> parser.apply(input));
        } catch (InvalidConfigurationException e) {
            assertCleanMessage(call, e.getMessage());
            return new Outcome<>(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // StackOverflowError is how a recursive regex fails on long input: as much a bug as an NPE
            CorpusTally.unexpected();
            throw new AssertionError(call + " threw " + e.getClass().getName() + " instead of a value or an "
                    + "InvalidConfigurationException", e);
        }
        if (value == null) {
            CorpusTally.unexpected();
            throw new AssertionError(call + " returned null");
        }
        return new Outcome<>(value, null);
    }

    /**
     * @param context names the call, for failure messages
     * @param message an exception or diagnostic message
     * @throws AssertionError if the message is blank, too long, or carries a character that would break
     *     or hide text in a log line
     */
    static void assertCleanMessage(String context, String message) {
        if (message == null || message.isBlank()) {
            throw new AssertionError(context + " gave a blank message");
        }
        if (message.length() >= MAX_MESSAGE_LENGTH) {
            throw new AssertionError(context + " gave a message of " + message.length() + " chars: "
                    + Escapes.show(message));
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= message.length() || !Character.isLowSurrogate(message.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(message.charAt(i - 1)));
            if (loneSurrogate || isUnsafe(message.codePointAt(i))) {
                throw new AssertionError(context + " gave a message with the raw character "
                        + String.format("U+%04X", message.codePointAt(i)) + " at " + i + ": " + Escapes.show(message));
            }
        }
    }

    /** Line breaks, NUL and other controls, and characters that render as nothing (zero-width, bidi, BOM, tags). */
    private static boolean isUnsafe(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || codePoint == 0x200B || codePoint == 0xFEFF;
    }
}
