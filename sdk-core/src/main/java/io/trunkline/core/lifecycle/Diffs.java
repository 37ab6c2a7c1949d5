package io.trunkline.core.lifecycle;

import io.trunkline.core.model.TransferMode;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.AgentPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Field-level comparison of desired specs with live state. A desired {@code null} means "not
 * managed by the plan" and a live {@code null} on an action means "not readable", so neither
 * produces a change: Trunkline only ever reports differences it can see.
 */
final class Diffs {

    private Diffs() {
    }

    static Map<String, String> desired(AgentPlatform.SipNumberSpec spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("friendlyName", spec.friendlyName());
        fields.put("terminationUri", spec.terminationUri());
        fields.put("outboundProxy", spec.outboundProxy());
        fields.put("authUsername", spec.authUsername());
        fields.put("registrationEnabled", String.valueOf(spec.registrationEnabled()));
        fields.put("registrationExpiry", str(spec.registrationExpirySeconds()));
        return fields;
    }

    static Map<String, String> live(AgentPlatform.SipNumberState state) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("friendlyName", state.friendlyName());
        fields.put("terminationUri", state.terminationUri());
        fields.put("outboundProxy", state.outboundProxy());
        fields.put("authUsername", state.authUsername());
        fields.put("registrationEnabled", String.valueOf(state.registrationEnabled()));
        fields.put("registrationExpiry", str(state.registrationExpirySeconds()));
        return fields;
    }

    static Map<String, String> desired(AgentPlatform.TransferActionSpec spec) {
        return desired(spec.phone().e164(), spec.mode(), spec.instructions(), spec.initiatingMessage(), spec.timeout());
    }

    /** @return the fields of the action for {@code target}, dialling what {@code dialled} describes */
    static Map<String, String> desired(TransferTarget target, String dialled) {
        return desired(dialled, target.mode(), target.instructions(), target.initiatingMessage(), target.timeout());
    }

    private static Map<String, String> desired(String phone, TransferMode mode, String instructions,
                                               String initiatingMessage, Duration timeout) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("phone", phone);
        fields.put("mode", mode.name());
        fields.put("instructions", instructions);
        fields.put("initiatingMessage", initiatingMessage);
        fields.put("timeout", timeout == null ? null : String.valueOf(timeout.toSeconds()));
        return fields;
    }

    static Map<String, String> live(AgentPlatform.TransferActionState state) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("phone", state.phone());
        fields.put("mode", state.mode() == null ? null : state.mode().name());
        fields.put("instructions", state.instructions());
        fields.put("initiatingMessage", state.initiatingMessage());
        fields.put("timeout", state.timeout() == null ? null : String.valueOf(state.timeout().toSeconds()));
        return fields;
    }

    /** @return the fields whose desired value is set and differs from a readable live value */
    static List<Change.FieldChange> compare(Map<String, String> desired, Map<String, String> live, boolean liveNullIsUnknown) {
        List<Change.FieldChange> changes = new ArrayList<>();
        desired.forEach((field, want) -> {
            String have = live.get(field);
            boolean unknown = liveNullIsUnknown && have == null;
            if (want != null && !unknown && !same(field, want, have)) {
                changes.add(Change.FieldChange.of(field, have, want));
            }
        });
        return changes;
    }

    private static boolean same(String field, String want, String have) {
        return "terminationUri".equals(field) ? comparableUri(want).equals(comparableUri(have)) : Objects.equals(want, have);
    }

    /**
     * A termination URI as the vendor may normalise it (assumption SF-TERMINATION-URI-AS-SENT): the
     * {@code sip:} scheme optional, the host case-insensitive; the user part keeps its case.
     */
    static String comparableUri(String uri) {
        if (uri == null) {
            return "";
        }
        String s = uri.trim();
        if (s.regionMatches(true, 0, "sip:", 0, 4)) {
            s = s.substring(4);
        }
        int at = s.lastIndexOf('@');
        return s.substring(0, at + 1) + s.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** @return every desired field as created (before = null) */
    static List<Change.FieldChange> creation(Map<String, String> desired) {
        List<Change.FieldChange> changes = new ArrayList<>();
        desired.forEach((field, want) -> {
            if (want != null) {
                changes.add(Change.FieldChange.of(field, null, want));
            }
        });
        return changes;
    }

    /** @return the before-values of the changed fields, to detect a stale plan */
    static Map<String, String> before(List<Change.FieldChange> changes) {
        Map<String, String> before = new LinkedHashMap<>();
        changes.forEach(c -> before.put(c.field(), c.before()));
        return before;
    }

    private static String str(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
