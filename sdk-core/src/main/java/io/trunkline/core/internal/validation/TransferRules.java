package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.SipUri;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules for the transfers back to Aircall. */
final class TransferRules {

    private TransferRules() {
    }

    static void check(List<TransferTarget> targets, DiagnosticList findings) {
        Set<String> names = new HashSet<>();
        Set<Long> lines = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            String path = "transferTargets[" + i + "]";
            TransferTarget target = targets.get(i);
            if (target == null) {
                findings.error(DiagnosticCode.TRANSFER_TARGET_MISSING, path, "the transfer target is null",
                        "remove it, or add TransferTarget.line(<line id>).build() (or team/user(..).viaLine(..)); "
                                + "pass List.of() for no transfer targets");
                continue;
            }
            if (target.kind() == null) {
                findings.error(DiagnosticCode.TRANSFER_KIND_MISSING, path + ".kind", "the transfer target has no kind",
                        "build it with TransferTarget.line(..), team(..) or user(..)");
            }
            if (target.mode() == null) {
                findings.error(DiagnosticCode.TRANSFER_MODE_MISSING, path + ".mode", "the transfer mode is null",
                        "use TransferMode.WARM (the default) or WARM_WITH_CONTEXT");
            }
            checkIds(target, path, findings);
            checkDistinctLine(target, path, lines, findings);
            checkDelivery(target, path, findings);
            if (target.mode() == TransferMode.COLD) {
                findings.error(DiagnosticCode.TRANSFER_REFER_UNSUPPORTED, path + ".mode",
                        "a cold transfer uses SIP REFER, which Aircall does not support",
                        "use TransferMode.WARM or WARM_WITH_CONTEXT: Synthflow then places a new INVITE to Aircall");
            }
            checkText(target.name(), path + ".name", findings);
            checkText(target.instructions(), path + ".instructions", findings);
            checkText(target.initiatingMessage(), path + ".initiatingMessage", findings);
            if (target.name() != null && !target.name().isBlank() && !names.add(target.name())) {
                findings.error(DiagnosticCode.TRANSFER_NAME_DUPLICATE, path + ".name",
                        "another transfer target is already named " + Printable.quote(target.name()),
                        "give each transfer target a distinct name");
            }
            if (target.timeout() != null && (target.timeout().isNegative() || target.timeout().isZero())) {
                findings.error(DiagnosticCode.TRANSFER_TIMEOUT_INVALID, path + ".timeout", "the transfer timeout is not positive",
                        "use e.g. Duration.ofSeconds(30), or leave the default");
            } else {
                Durations.reportFraction(target.timeout(), path + ".timeout", "transfer timeout", findings);
            }
        }
    }

    private static void checkDistinctLine(TransferTarget target, String path, Set<Long> lines, DiagnosticList findings) {
        Long line = target.lineToDial().orElse(null);
        if (line != null && line > 0 && !lines.add(line)) {
            findings.error(DiagnosticCode.TRANSFER_LINE_DUPLICATE, path + (target.kind() == TransferTarget.Kind.LINE ? ".id" : ".viaLine"),
                    "another transfer target already dials line " + line + "; the AI would reach whatever that line's "
                            + "Smartflow rings, whichever target it picks",
                    "give each transfer target its own line, whose Smartflow rings that team or user");
        }
    }

    private static void checkIds(TransferTarget target, String path, DiagnosticList findings) {
        if (target.id() <= 0) {
            findings.error(DiagnosticCode.TRANSFER_ID_NOT_POSITIVE, path + ".id",
                    target.describe() + ": ID " + target.id() + " is not positive",
                    "copy the ID from the Aircall dashboard URL of the line, team or user");
        }
        if (target.kind() != null && target.kind() != TransferTarget.Kind.LINE && target.viaLineId() == null
                && !target.viaSipUri()) {
            findings.error(DiagnosticCode.TRANSFER_NEEDS_LINE, path + ".viaLine",
                    target.describe() + " has no SIP address of its own",
                    "add .viaLine(<line id>) naming an Aircall line whose Smartflow rings this "
                            + target.kind().name().toLowerCase(java.util.Locale.ROOT));
        } else if (target.viaLineId() != null && target.viaLineId() <= 0) {
            findings.error(DiagnosticCode.TRANSFER_ID_NOT_POSITIVE, path + ".viaLine",
                    "line ID " + target.viaLineId() + " is not positive", "copy the Line ID from the Aircall dashboard URL");
        }
    }

    /** Synthflow's documented rule for custom transfer header names (docs.synthflow.ai/call-transfer-to-sip). */
    private static final Pattern HEADER_NAME = Pattern.compile("X-[A-Za-z0-9\\-_]+");

    private static void checkDelivery(TransferTarget target, String path, DiagnosticList findings) {
        if (!target.viaSipUri()) {
            if (!target.sipHeaders().isEmpty()) {
                findings.error(DiagnosticCode.TRANSFER_SIP_HEADERS_WITHOUT_URI, path + ".sipHeaders",
                        "custom SIP headers are set on a transfer that dials a phone number",
                        "add .viaSipUri(<the Aircall queue's SIP URI>), or remove the headers");
            }
            findings.warning(DiagnosticCode.TRANSFER_TEL_OVER_CUSTOM_TRUNK, path, target.describe() + " is reached by dialling "
                            + "a phone number through the custom SIP trunk; Synthflow confirms phone-number transfers "
                            + "only with Twilio and Telnyx (ledger entry SF-TEL-VIA-TERMINATION-URI)",
                    "prove it with a test call that asks for a person; if the transfer does not reach Aircall, ask "
                            + "Aircall for the SIP URI of the queue and use .viaSipUri(\"sip:…\") (a Synthflow "
                            + "dashboard step)");
            return;
        }
        if (SipUri.problemWith(target.sipUri()) != null) {
            findings.error(DiagnosticCode.TRANSFER_SIP_URI_INVALID, path + ".sipUri", Printable.quote(target.sipUri())
                            + " is not a SIP URI: " + SipUri.problemWith(target.sipUri()),
                    "write the URI Aircall gave for the queue, e.g. sip:support@example.aircall.io");
        }
        int n = 0;
        for (Map.Entry<String, String> header : target.sipHeaders().entrySet()) {
            String at = path + ".sipHeaders[" + n++ + "]";
            if (header.getKey() == null || !HEADER_NAME.matcher(header.getKey()).matches()) {
                findings.error(DiagnosticCode.TRANSFER_SIP_HEADER_INVALID, at, "header name " + Printable.quote(header.getKey())
                        + " does not match X-[A-Za-z0-9-_]+", "name it X-Something, e.g. X-Queue");
            }
            String value = header.getValue();
            if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
                findings.error(DiagnosticCode.TRANSFER_SIP_HEADER_INVALID, at, "the value of header "
                        + Printable.quote(header.getKey()) + " is missing or has a line break or NUL",
                        "give a one-line value, e.g. support or {call_id}");
            }
        }
    }

    private static void checkText(String text, String path, DiagnosticList findings) {
        if (text == null || text.isBlank()) {
            findings.error(DiagnosticCode.TRANSFER_TEXT_MISSING, path, "the transfer's " + path.substring(path.lastIndexOf('.') + 1)
                    + " is blank", "set a short sentence, or keep the default");
        }
    }
}
