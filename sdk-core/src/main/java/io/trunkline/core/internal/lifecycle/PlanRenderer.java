package io.trunkline.core.internal.lifecycle;

import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.spi.ManualStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link ChangePlan} as text, a Markdown runbook or JSON. Renderings only ever see masked
 * values: secrets are not in a plan to begin with.
 */
public final class PlanRenderer {

    /** The JSON schema identifier; bump it on any incompatible change (see docs/plan-json.md). */
    public static final String SCHEMA = "trunkline.plan/v1";

    private PlanRenderer() {
    }

    /** @param plan the plan @return a terminal rendering */
    public static String text(ChangePlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append("Trunkline ").append(plan.kind().name().toLowerCase(Locale.ROOT)).append(" plan for ")
                .append(plan.did()).append(" (").append(source(plan)).append(")\n");
        for (Change change : plan.changes()) {
            sb.append("  ").append(symbol(change.action())).append(' ').append(change.id()).append(": ")
                    .append(change.resource()).append(" — ").append(change.summary()).append('\n');
            for (Change.FieldChange field : change.fields()) {
                sb.append("      ").append(field.field()).append(": ").append(show(field.before())).append(" → ")
                        .append(show(field.after())).append('\n');
            }
            change.manual().filter(m -> change.action() == Change.Action.MANUAL).ifPresent(m -> textManual(m, sb));
        }
        return sb.append(summary(plan)).append('\n').toString();
    }

    private static void textManual(ManualStep step, StringBuilder sb) {
        sb.append("      where: ").append(step.dashboardPath()).append('\n');
        for (ManualStep.Field field : step.fields()) {
            sb.append("      ").append(field.label()).append(": ").append(field.value());
            if (field.note() != null) {
                sb.append("  (").append(field.note()).append(')');
            }
            sb.append('\n');
        }
        step.actions().forEach(a -> sb.append("      then: ").append(a).append('\n'));
        sb.append("      confirmed by: ").append(step.confirmation()).append('\n');
    }

    /** @param plan the plan @return a Markdown runbook */
    public static String markdown(ChangePlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Trunkline ").append(plan.kind().name().toLowerCase(Locale.ROOT)).append(" plan for ")
                .append(plan.did()).append("\n\n")
                .append(capitalized(source(plan))).append(". ").append(summary(plan)).append("\n\n")
                .append("## Changes\n\n| # | Change | Action | Resource | Summary |\n|---|---|---|---|---|\n");
        int n = 0;
        for (Change change : plan.changes()) {
            sb.append("| ").append(++n).append(" | `").append(change.id()).append("` | ")
                    .append(change.action().name().toLowerCase(Locale.ROOT)).append(" | ").append(cell(change.resource()))
                    .append(" | ").append(cell(change.summary())).append(" |\n");
        }
        List<ManualStep> manual = plan.changes().stream().filter(c -> c.action() == Change.Action.MANUAL)
                .map(Change::manualStep).toList();
        if (!manual.isEmpty()) {
            sb.append("\n## Manual steps\n");
            int i = 0;
            for (ManualStep step : manual) {
                markdownManual(++i, step, sb);
            }
        }
        return sb.toString();
    }

    private static void markdownManual(int number, ManualStep step, StringBuilder sb) {
        sb.append("\n### ").append(number).append(". ").append(step.title()).append("\n\n")
                .append("**Where:** ").append(step.dashboardPath()).append("\n\n")
                .append("| Field | Value | Note |\n|---|---|---|\n");
        for (ManualStep.Field field : step.fields()) {
            sb.append("| ").append(cell(field.label())).append(" | `").append(field.value().replace("`", "'"))
                    .append("` | ").append(field.note() == null ? "" : cell(field.note())).append(" |\n");
        }
        sb.append('\n');
        step.actions().forEach(a -> sb.append("- [ ] ").append(a).append('\n'));
        sb.append("\n**Confirmation:** ").append(step.confirmation()).append(" (step `").append(step.id())
                .append("`, fingerprint `").append(step.fingerprint()).append("`)\n");
    }

    /** Where the plan's view of the vendors came from, so an offline plan is never read as a live one. */
    private static String source(ChangePlan plan) {
        return plan.offline() ? "offline plan made at " + plan.createdAt() + ": nothing was read from Aircall or Synthflow;"
                + " it assumes nothing exists yet, names lines, teams and users by ID, and cannot be applied"
                : "live state read at " + plan.createdAt();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** @param plan the plan @return JSON following {@value #SCHEMA} */
    public static String json(ChangePlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("kind", plan.kind().name().toLowerCase(Locale.ROOT));
        root.put("did", plan.did().e164());
        root.put("createdAt", plan.createdAt().toString());
        root.put("offline", plan.offline());
        Map<String, Object> counts = new LinkedHashMap<>();
        plan.counts().forEach((action, count) -> counts.put(jsonAction(action), count));
        root.put("summary", counts);
        List<Object> changes = new ArrayList<>();
        plan.changes().forEach(c -> changes.add(jsonChange(c)));
        root.put("changes", changes);
        return Json.write(root);
    }

    private static Map<String, Object> jsonChange(Change change) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", change.id());
        map.put("resource", change.resource());
        map.put("action", jsonAction(change.action()));
        map.put("summary", change.summary());
        map.put("dependsOn", change.dependsOn());
        List<Object> fields = new ArrayList<>();
        for (Change.FieldChange field : change.fields()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", field.field());
            f.put("before", field.before());
            f.put("after", field.after());
            f.put("sensitive", field.sensitive());
            fields.add(f);
        }
        map.put("fields", fields);
        map.put("manualStep", change.manual().map(PlanRenderer::jsonManual).orElse(null));
        return map;
    }

    private static Map<String, Object> jsonManual(ManualStep step) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", step.id());
        map.put("title", step.title());
        map.put("dashboardPath", step.dashboardPath());
        List<Object> fields = new ArrayList<>();
        for (ManualStep.Field field : step.fields()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("label", field.label());
            f.put("value", field.value());
            f.put("sensitive", field.sensitive());
            f.put("note", field.note());
            fields.add(f);
        }
        map.put("fields", fields);
        map.put("actions", step.actions());
        map.put("confirmation", step.confirmation());
        map.put("apiCheck", step.apiCheck());
        map.put("fingerprint", step.fingerprint());
        return map;
    }

    private static String jsonAction(Change.Action action) {
        return switch (action) {
            case CREATE -> "create";
            case UPDATE -> "update";
            case NO_OP -> "no-op";
            case DELETE -> "delete";
            case MANUAL -> "manual";
        };
    }

    private static String summary(ChangePlan plan) {
        Map<Change.Action, Integer> c = plan.counts();
        return "Plan: " + c.get(Change.Action.CREATE) + " to create, " + c.get(Change.Action.UPDATE) + " to update, "
                + c.get(Change.Action.DELETE) + " to delete, " + c.get(Change.Action.MANUAL) + " manual, "
                + c.get(Change.Action.NO_OP) + " unchanged.";
    }

    private static char symbol(Change.Action action) {
        return switch (action) {
            case CREATE -> '+';
            case UPDATE -> '~';
            case DELETE -> '-';
            case MANUAL -> '!';
            case NO_OP -> '=';
        };
    }

    private static String show(String value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
