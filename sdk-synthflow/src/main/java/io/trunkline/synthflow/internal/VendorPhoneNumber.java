package io.trunkline.synthflow.internal;

import io.trunkline.core.exception.Vendor;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.model.PhoneNumber;

/** Reads a phone number Synthflow returned, which its docs say is E.164. */
final class VendorPhoneNumber {

    private VendorPhoneNumber() {
    }

    /**
     * @param value the JSON value
     * @param operation the operation that returned it
     * @param field the JSON field, for the message
     * @return the number
     * @throws VendorConnectionException when the value is not a phone number: the answer is unreadable,
     *     and guessing (e.g. "unbound") would make the engine write the wrong thing
     */
    static PhoneNumber parse(String value, Operation operation, String field) {
        String problem = PhoneNumber.problemWith(value);
        if (problem != null) {
            throw VendorConnectionException.builder().vendor(Vendor.SYNTHFLOW).operation(operation.name())
                    .problem("the answer's " + field + " is not an E.164 number (" + problem
                            + "); check it in the Synthflow dashboard")
                    .build();
        }
        return PhoneNumber.parse(value);
    }
}
