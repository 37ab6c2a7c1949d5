package io.trunkline.bench.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The README's performance table: the headline figure of each group of one run, with its goals
 * and whether they were met, rendered from the same {@link Report} as docs/performance.md so the
 * two cannot disagree. Every number comes from the run's figures and checks; none is typed.
 */
public final class PerformanceSummary {

    private final Map<String, GroupResult> groups;

    /**
     * @param report a full run with every group
     * @throws IllegalArgumentException when the run is a smoke run or lacks a group
     */
    public PerformanceSummary(Report report) {
        Objects.requireNonNull(report, "report");
        if (!report.mode().equals("full")) {
            throw new IllegalArgumentException("the published figures must come from a full run, not a "
                    + report.mode() + " run: run mvn -B -q -pl sdk-bench -am package -DskipTests -Dbench");
        }
        groups = report.groups().stream().collect(Collectors.toMap(GroupResult::key, g -> g));
        List<String> missing = List.of("call-economy", "bulk-provisioning", "client-overhead", "planning-scale",
                "footprint", "fleet-provisioning").stream().filter(key -> !groups.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the run lacks the groups " + missing + ": run every group");
        }
    }

    /** @return the Markdown table, then the bulk benchmark's conclusion */
    public String markdown() {
        StringBuilder md = new StringBuilder("| group | figure | goal | met? |\n|---|---|---|---|\n");
        callEconomy(md, "first apply");
        callEconomy(md, "re-apply");
        bulk(md);
        overhead(md);
        planning(md);
        footprint(md);
        fleet(md);
        md.append("\nBulk provisioning: ").append(figure("bulk-provisioning", "conclusion")).append('\n');
        return md.toString();
    }

    private void callEconomy(StringBuilder md, String phase) {
        Check writes = check("call-economy", phase + ": writes");
        Check reads = check("call-economy", phase + ": reads");
        row(md, "call economy, " + phase, writes.actual() + " writes (script: " + scriptCount(writes) + "), "
                + reads.actual() + " reads (script: " + scriptCount(reads) + ")",
                "writes = script's, reads ≤ script's + 10 %", "writes " + yes(writes) + ", reads " + yes(reads));
    }

    /** The script's figure, from a goal written as {@code = script's 4} or {@code <= script's 5 + 10% (5.5)}. */
    private static String scriptCount(Check check) {
        return check.goal().replaceAll(".*script's (\\d+).*", "$1");
    }

    private void bulk(StringBuilder md) {
        Check limited = check("bulk-provisioning", "429 answers (all paced runs)");
        Check pacing = check("bulk-provisioning", "wall time / max(lower bound, no-limit wall time)");
        // a figure, not a goal: the rate goal is judged only in runs where the limit sets the pace
        String rate = number(figure("bulk-provisioning", "aircallRateFractionOfLimit"), 1);
        Check requests = check("bulk-provisioning", "Aircall requests");
        row(md, "bulk, " + figure("bulk-provisioning", "dids") + " DIDs at 120 req/s",
                requests.actual() + " Aircall requests (bound: " + figure("bulk-provisioning", "aircallReadBound")
                        + ", the number-list pages and referenced resources); " + limited.actual() + " × 429; " + number(figure("bulk-provisioning", "wallSeconds"),
                        figure("bulk-provisioning", "lowerBoundSeconds")) + " × the rate-limit bound (with no limit: "
                        + number(figure("bulk-provisioning", "unlimitedWallSeconds"),
                        figure("bulk-provisioning", "lowerBoundSeconds")) + " ×); rate " + rate + " of the limit",
                "Aircall requests ≤ bound + 10 %; 0 × 429; ≤ " + pacing.goal().replace("<= ", "")
                        + " × the higher of the bound and the no-limit time",
                "requests " + yes(requests) + ", 429s " + yes(limited) + ", pacing " + yes(pacing));
    }

    private void overhead(StringBuilder md) {
        Check synthflow = check("client-overhead", "Synthflow SDK / raw median latency (paired)");
        Check aircall = check("client-overhead", "Aircall SDK / raw median latency (paired)");
        row(md, "SDK overhead vs raw OkHttp", synthflow.actual() + " × (Synthflow), " + aircall.actual()
                + " × (Aircall) median on localhost", "≤ " + synthflow.goal().replace("<= ", "") + " ×",
                synthflow.met() && aircall.met() ? "yes" : "no");
    }

    private void planning(StringBuilder md) {
        GroupResult group = groups.get("planning-scale");
        Check budget = check("planning-scale", "validate 1,000 integrations (warm)");
        boolean linear = group.checks().stream().filter(c -> c.name().contains(" per integration, ")).allMatch(Check::met);
        row(md, "validation / planning", budget.actual() + " for 1,000 validations; per-integration cost "
                + (linear ? "" : "not ") + "linear to " + group.rows().get(group.rows().size() - 1).get(0),
                budget.goal() + ", linear", group.allMet() ? "yes" : "no");
    }

    private void footprint(StringBuilder md) {
        Check core = check("footprint", "sdk-core runtime dependencies");
        double coldStart = ((Number) figure("footprint", "quickStartMedianMillis")).doubleValue() / 1000;
        row(md, "footprint", "sdk-core: " + core.actual() + "; QuickStart cold start "
                + String.format(Locale.ROOT, "%.1f s", coldStart), "sdk-core: " + core.goal(), yes(core));
    }

    private void fleet(StringBuilder md) {
        GroupResult group = groups.get("fleet-provisioning");
        String figures = group.checks().stream().filter(c -> c.name().endsWith(": combined Aircall rate / limit"))
                .map(c -> c.name().replace(": combined Aircall rate / limit", "") + " " + c.actual() + " of the limit, "
                        + check("fleet-provisioning", c.name().replace("combined Aircall rate / limit", "429 answers"))
                        .actual() + " × 429")
                .collect(Collectors.joining("; "));
        row(md, "replicas sharing one Aircall budget", figures.isEmpty() ? "not run" : figures,
                "≥ 0.85 of the limit, 0 × 429, at 1, 2 and 4 replicas", group.allMet() ? "yes" : "no");
    }

    private Check check(String group, String name) {
        return groups.get(group).checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("group " + group + " has no goal '" + name
                        + "': the results come from an older harness; run the benchmarks again"));
    }

    private Object figure(String group, String name) {
        Object value = groups.get(group).figures().get(name);
        if (value == null) {
            throw new IllegalArgumentException("group " + group + " has no figure '" + name
                    + "': the results come from an older harness; run the benchmarks again");
        }
        return value;
    }

    private static String number(Object numerator, Object denominator) {
        return String.format(Locale.ROOT, "%.2f", ((Number) numerator).doubleValue() / ((Number) denominator).doubleValue());
    }

    private static String yes(Check check) {
        return check.met() ? "yes" : "no";
    }

    private static void row(StringBuilder md, String group, String figure, String goal, String met) {
        md.append("| ").append(group).append(" | ").append(figure).append(" | ").append(goal).append(" | ").append(met)
                .append(" |\n");
    }
}
