package io.trunkline.core.corpus;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Input generators shared by the corpus properties: hostile text, and valid values written by humans. */
final class Generators {

    /**
     * Characters people paste into configuration by accident: separators that look like spaces or
     * hyphens, zero-width and bidi marks, BOM, line breaks, NUL, lookalike digits (fullwidth,
     * Arabic-Indic, and both halves of a mathematical bold digit, so lone surrogates too).
     */
    static final String TRICKY = "\u00A0\u202F\u2009\u2007\u200B\u200C\u200D\u2060\uFEFF\u00AD\u2010\u2011\u2013"
            + "\u2014\u2212\u2028\u2029\r\n\t\0\u001F\u007F\u0085\u202E\u200F\u200E\uFF11\uFF0B\u0661\u06F1"
            + "\uD835\uDFCF\uD83D\uDE00\uDB40\uDC41";

    static final String PHONE_CHARS = "+0123456789 ()-./xX;=,#*" + TRICKY;
    static final String SIP_CHARS = "sipSIP:@;=.[]-_?/%+&~!*'abcxyzABC0123456789 " + TRICKY;
    static final String IP_CHARS = "0123456789abcdefABCDEF:./[]%- " + TRICKY;

    private Generators() {
    }

    /**
     * @param alphabet characters the parser is likely to care about
     * @return mostly short strings over {@code alphabet}, some over all of Unicode (lone surrogates
     *     included), a few very long ones (up to 10 000 chars), and sometimes {@code null}
     */
    static Arbitrary<String> hostileText(String alphabet) {
        Arbitrary<String> focused = Arbitraries.strings().withChars(alphabet).ofMaxLength(40);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> longText = Arbitraries.strings().withChars(alphabet).ofMinLength(65).ofMaxLength(10_000);
        return Arbitraries.frequencyOf(Tuple.of(6, focused), Tuple.of(3, unicode), Tuple.of(1, longText))
                .injectNull(0.01);
    }

    /** @return a character to insert into a valid value: mostly from {@code alphabet}, sometimes any */
    static Arbitrary<Character> insertable(String alphabet) {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(chars(alphabet))), Tuple.of(1, Arbitraries.chars()));
    }

    private static List<Character> chars(String text) {
        return text.chars().mapToObj(c -> (char) c).toList();
    }

    /**
     * @param valid valid inputs
     * @param alphabet characters likely to matter for the parser
     * @return each valid input with one to three edits: a character inserted, deleted, duplicated or
     *     replaced, or two neighbours swapped
     */
    static Arbitrary<String> mutationsOf(Arbitrary<String> valid, String alphabet) {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Edit.class),
                Arbitraries.integers().between(0, 1_000), insertable(alphabet)).as(Mutation::new);
        return Combinators.combine(valid, mutation.list().ofMinSize(1).ofMaxSize(3)).as((text, edits) -> {
            String result = text;
            for (Mutation m : edits) {
                result = m.applyTo(result);
            }
            return result;
        });
    }

    /** What one mutation does. */
    enum Edit { INSERT, DELETE, DUPLICATE, REPLACE, SWAP }

    /** One edit at a position (taken modulo the text's length). */
    record Mutation(Edit edit, int position, char c) {

        String applyTo(String text) {
            if (text.isEmpty()) {
                return String.valueOf(c);
            }
            int at = position % text.length();
            return switch (edit) {
                case INSERT -> text.substring(0, at) + c + text.substring(at);
                case DELETE -> text.substring(0, at) + text.substring(at + 1);
                case DUPLICATE -> text.substring(0, at + 1) + text.charAt(at) + text.substring(at + 1);
                case REPLACE -> text.substring(0, at) + c + text.substring(at + 1);
                case SWAP -> at + 1 < text.length()
                        ? text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2)
                        : text;
            };
        }
    }
}
