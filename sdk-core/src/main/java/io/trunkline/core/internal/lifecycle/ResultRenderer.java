package io.trunkline.core.internal.lifecycle;

import io.trunkline.core.internal.time.WaitLog;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.BatchResult;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.spi.ManualStep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders apply, verify and batch results as text, Markdown or JSON, the way {@link PlanRenderer}
 * renders a plan and with the same JSON writer. Results carry only what plans and SDK exception
 * messages carry, and neither ever holds a secret value.
 */
public final class ResultRenderer {

    /** The JSON schema of an apply result (see docs/plan-json.md). */
    public static final String APPLY_SCHEMA = "trunkline.apply-result/v1";
    /** The JSON schema of a verification report (see docs/plan-json.md). */
    public static final String VERIFICATION_SCHEMA = "trunkline.verification/v1";
    /** The JSON schema of a batch result (see docs/plan-json.md). */
    public static final String BATCH_SCHEMA = "trunkline.batch-result/v1";

    private ResultRenderer() {
    }

    // ---- apply ----

    /** @param result an apply result @return one line: the DID, whether it is complete, and the non-zero counts */
    public static String summary(ApplyResult result) {
        return result.plan().kind().name().charAt(0) + result.plan().kind().name().substring(1).toLowerCase(Locale.ROOT)
                + " of " + result.plan().did() + ": " + (result.complete() ? "complete" : "incomplete") + " ("
                + counts(result) + ")";
    }

    /** @param outcome one change's outcome @return e.g. {@code sip-number: succeeded in 120 ms — imported} */
    public static String summary(ApplyResult.StepOutcome outcome) {
        String detail = outcome.detail() == null || outcome.detail().isBlank() ? "" : " — " + outcome.detail();
        return outcome.change().id() + ": " + word(outcome.status()) + " in " + WaitLog.show(outcome.duration()) + detail;
    }

    /** @param result an apply result @return a terminal rendering, one line per change reached */
    public static String text(ApplyResult result) {
        StringBuilder sb = new StringBuilder(header(summary(result))).append('\n');
        for (ApplyResult.StepOutcome outcome : result.outcomes()) {
            Change change = outcome.change();
            sb.append(String.format("  %-9s %s: %s (%s)%n", outcome.status(), change.id(), change.summary(),
                    WaitLog.show(outcome.duration())));
            if (outcome.detail() != null && !outcome.detail().isBlank() && !outcome.detail().equals(change.summary())) {
                sb.append("            ").append(indent(outcome.detail(), "            ")).append('\n');
            }
        }
        notReached(result).forEach(c -> sb.append(String.format("  %-9s %s: %s%n", "NOT RUN", c.id(), c.summary())));
        return sb.toString();
    }

    /** @param result an apply result @return a Markdown report with a checklist of pending manual steps */
    public static String markdown(ApplyResult result) {
        StringBuilder sb = new StringBuilder("# Trunkline ").append(kind(result)).append(" result for ")
                .append(result.plan().did()).append("\n\n").append(result.complete() ? "Complete" : "Incomplete")
                .append(": ").append(counts(result)).append(".\n\n")
                .append("| # | Change | Status | Took | Detail |\n|---|---|---|---|---|\n");
        int n = 0;
        for (ApplyResult.StepOutcome outcome : result.outcomes()) {
            sb.append("| ").append(++n).append(" | `").append(outcome.change().id()).append("` | ")
                    .append(word(outcome.status())).append(" | ").append(WaitLog.show(outcome.duration())).append(" | ")
                    .append(outcome.detail() == null ? "" : cell(outcome.detail())).append(" |\n");
        }
        for (Change change : notReached(result)) {
            sb.append("| ").append(++n).append(" | `").append(change.id()).append("` | not run |  |  |\n");
        }
        List<Change> pending = result.pendingManualSteps();
        if (!pending.isEmpty()) {
            sb.append("\n## Manual steps awaiting a person\n\n");
            for (Change change : pending) {
                sb.append("- [ ] ").append(change.manual().map(ManualStep::title).orElse(change.summary()))
                        .append(" (`").append(change.id()).append("`)\n");
            }
        }
        return sb.toString();
    }

    /** @param result an apply result @return JSON following {@value #APPLY_SCHEMA} */
    public static String json(ApplyResult result) {
        return Json.write(applyJson(result, true));
    }

    private static Map<String, Object> applyJson(ApplyResult result, boolean withSchema) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (withSchema) {
            root.put("schema", APPLY_SCHEMA);
        }
        root.put("kind", kind(result));
        root.put("did", result.plan().did().e164());
        root.put("planCreatedAt", result.plan().createdAt().toString());
        root.put("complete", result.complete());
        Map<String, Object> counts = new LinkedHashMap<>();
        statusCounts(result).forEach((status, count) -> counts.put(word(status), count));
        counts.put("not-run", notReached(result).size());
        root.put("summary", counts);
        List<Object> outcomes = new ArrayList<>();
        for (ApplyResult.StepOutcome outcome : result.outcomes()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("change", outcome.change().id());
            map.put("resource", outcome.change().resource());
            map.put("status", word(outcome.status()));
            map.put("durationMillis", outcome.duration().toMillis());
            map.put("detail", outcome.detail());
            outcomes.add(map);
        }
        root.put("outcomes", outcomes);
        root.put("notRun", notReached(result).stream().map(Change::id).toList());
        return root;
    }

    private static String counts(ApplyResult result) {
        StringJoiner joiner = new StringJoiner(", ");
        statusCounts(result).forEach((status, count) -> {
            if (count > 0) {
                joiner.add(count + " " + word(status));
            }
        });
        int notRun = notReached(result).size();
        if (notRun > 0) {
            joiner.add(notRun + " not run");
        }
        return joiner.length() == 0 ? "nothing to do" : joiner.toString();
    }

    private static Map<ApplyResult.StepOutcome.Status, Integer> statusCounts(ApplyResult result) {
        Map<ApplyResult.StepOutcome.Status, Integer> counts = new EnumMap<>(ApplyResult.StepOutcome.Status.class);
        for (ApplyResult.StepOutcome.Status status : ApplyResult.StepOutcome.Status.values()) {
            counts.put(status, 0);
        }
        result.outcomes().forEach(o -> counts.merge(o.status(), 1, Integer::sum));
        return counts;
    }

    /** The changes after the last outcome: apply stopped before reaching them. */
    private static List<Change> notReached(ApplyResult result) {
        List<Change> changes = result.plan().changes();
        return changes.subList(Math.min(result.outcomes().size(), changes.size()), changes.size());
    }

    private static String kind(ApplyResult result) {
        return result.plan().kind().name().toLowerCase(Locale.ROOT);
    }

    private static String word(ApplyResult.StepOutcome.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    // ---- verify ----

    /** @param report a verification report @return the verdict and the non-zero counts, on one line */
    public static String summary(VerificationReport report) {
        String verdict = report.verified() ? "verified" : report.readyForTestCall() ? "ready for a test call"
                : "not ready";
        StringJoiner joiner = new StringJoiner(", ");
        checkCounts(report).forEach((status, count) -> {
            if (count > 0) {
                joiner.add(count + " " + word(status));
            }
        });
        return "Verification: " + verdict + " (" + joiner + ")";
    }

    /** @param report a verification report @return the verdict, then one line per check */
    public static String text(VerificationReport report) {
        StringBuilder sb = new StringBuilder(header(summary(report))).append('\n');
        for (VerificationReport.Check check : report.checks()) {
            sb.append(String.format("  %-14s %-30s %s%n", check.status(), check.name(), check.reason()));
        }
        return sb.toString();
    }

    /** @param report a verification report @return a Markdown table of the checks */
    public static String markdown(VerificationReport report) {
        StringBuilder sb = new StringBuilder("# Trunkline verification\n\n").append(summary(report).substring(
                "Verification: ".length())).append(".\n\n| Check | Status | Reason |\n|---|---|---|\n");
        for (VerificationReport.Check check : report.checks()) {
            sb.append("| `").append(check.name()).append("` | ").append(word(check.status())).append(" | ")
                    .append(cell(check.reason())).append(" |\n");
        }
        return sb.toString();
    }

    /** @param report a verification report @return JSON following {@value #VERIFICATION_SCHEMA} */
    public static String json(VerificationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", VERIFICATION_SCHEMA);
        root.put("verified", report.verified());
        root.put("readyForTestCall", report.readyForTestCall());
        Map<String, Object> counts = new LinkedHashMap<>();
        checkCounts(report).forEach((status, count) -> counts.put(word(status), count));
        root.put("summary", counts);
        List<Object> checks = new ArrayList<>();
        for (VerificationReport.Check check : report.checks()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", check.name());
            map.put("status", word(check.status()));
            map.put("reason", check.reason());
            check.diagnostic().ifPresent(d -> map.put("code", d.code().name()));
            checks.add(map);
        }
        root.put("checks", checks);
        return Json.write(root);
    }

    private static Map<VerificationReport.Check.Status, Integer> checkCounts(VerificationReport report) {
        Map<VerificationReport.Check.Status, Integer> counts = new EnumMap<>(VerificationReport.Check.Status.class);
        for (VerificationReport.Check.Status status : VerificationReport.Check.Status.values()) {
            counts.put(status, 0);
        }
        report.checks().forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        return counts;
    }

    private static String word(VerificationReport.Check.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- batch ----

    /** @param batch a batch result @return the non-zero counts per status, on one line */
    public static String summary(BatchResult batch) {
        StringJoiner joiner = new StringJoiner(", ");
        for (BatchResult.Item.Status status : BatchResult.Item.Status.values()) {
            long count = batch.count(status);
            if (count > 0) {
                joiner.add(count + " " + word(status));
            }
        }
        return "Batch of " + batch.items().size() + ": " + (joiner.length() == 0 ? "empty" : joiner.toString());
    }

    /** @param batch a batch result @return the counts, then one line per integration */
    public static String text(BatchResult batch) {
        StringBuilder sb = new StringBuilder(header(summary(batch))).append('\n');
        for (BatchResult.Item item : batch.items()) {
            sb.append(String.format("  %-14s %s: %s%n", item.status(), item.did(),
                    indent(itemDetail(item), "                 ")));
        }
        return sb.toString();
    }

    /** @param batch a batch result @return a Markdown table, one row per integration */
    public static String markdown(BatchResult batch) {
        StringBuilder sb = new StringBuilder("# Trunkline batch\n\n").append(summary(batch)).append(".\n\n")
                .append("| DID | Status | Detail |\n|---|---|---|\n");
        for (BatchResult.Item item : batch.items()) {
            sb.append("| ").append(cell(item.did())).append(" | ").append(word(item.status())).append(" | ")
                    .append(cell(itemDetail(item))).append(" |\n");
        }
        return sb.toString();
    }

    /** @param batch a batch result @return JSON following {@value #BATCH_SCHEMA} */
    public static String json(BatchResult batch) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", BATCH_SCHEMA);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (BatchResult.Item.Status status : BatchResult.Item.Status.values()) {
            counts.put(word(status), batch.count(status));
        }
        root.put("summary", counts);
        List<Object> items = new ArrayList<>();
        for (BatchResult.Item item : batch.items()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("did", item.did());
            map.put("status", word(item.status()));
            map.put("error", item.failure().map(Throwable::getMessage).orElse(null));
            map.put("result", item.result() == null ? null : applyJson(item.result(), false));
            items.add(map);
        }
        root.put("items", items);
        return Json.write(root);
    }

    private static String itemDetail(BatchResult.Item item) {
        if (item.error() != null) {
            return item.error().getMessage();
        }
        return item.result() == null ? "" : counts(item.result());
    }

    private static String word(BatchResult.Item.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "Apply of …" becomes "Trunkline apply of …". */
    private static String header(String summary) {
        return "Trunkline " + Character.toLowerCase(summary.charAt(0)) + summary.substring(1);
    }

    private static String indent(String text, String indent) {
        return text.strip().replace("\n", "\n" + indent);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
