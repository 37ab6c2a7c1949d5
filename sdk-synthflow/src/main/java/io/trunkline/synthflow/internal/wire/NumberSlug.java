package io.trunkline.synthflow.internal.wire;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Synthflow addresses a phone number by its <em>slug</em>: the E.164 number without the leading
 * {@code +} ({@code +33123456789} → {@code 33123456789}).
 *
 * <pre>{@code
 * NumberDetails number = client.getNumber(NumberSlug.of("+33123456789"));
 * }</pre>
 */
public final class NumberSlug {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private NumberSlug() {
    }

    /**
     * Derives the slug of an E.164 number.
     *
     * @param e164 the number in E.164 form, e.g. {@code +33123456789}
     * @return the slug, e.g. {@code 33123456789}
     * @throws InvalidConfigurationException if {@code e164} is not E.164 (a '+', then 2 to 15 digits)
     */
    public static String of(String e164) {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new InvalidConfigurationException("phone number '" + e164
                    + "' is not E.164: write it as '+' followed by the country code and number, digits only");
        }
        return e164.substring(1);
    }
}
