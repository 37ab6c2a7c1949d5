package io.trunkline.diagnostics.internal.sip;

/** Character classes from RFC 3261's grammar (section 25.1), for strict checks. */
public final class SipGrammar {

    private static final String TOKEN_PUNCTUATION = "-.!%*_+`'~";

    private SipGrammar() {
    }

    /**
     * @param text the text to check
     * @return whether {@code text} is a non-empty RFC 3261 {@code token}
     */
    public static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && TOKEN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
