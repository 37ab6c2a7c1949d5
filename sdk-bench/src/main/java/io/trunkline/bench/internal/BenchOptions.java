package io.trunkline.bench.internal;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a run does: {@code --smoke} for tiny sizes and no JMH forks (CI), {@code --out DIR} for where
 * {@code results.json} goes, {@code --groups 1,3} to run only some groups.
 *
 * @param smoke tiny sizes, no JMH
 * @param out the output directory
 * @param groups the group numbers to run, 1 to 6
 */
public record BenchOptions(boolean smoke, Path out, Set<Integer> groups) {

    /** The default output directory, relative to the working directory (sdk-bench when run through Maven). */
    public static final Path DEFAULT_OUT = Path.of("target", "bench");

    /** Copies the set. */
    public BenchOptions {
        Objects.requireNonNull(out, "out");
        groups = Set.copyOf(groups);
    }

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException on an unknown option
     */
    public static BenchOptions parse(List<String> args) {
        boolean smoke = false;
        Path out = DEFAULT_OUT;
        Set<Integer> groups = new LinkedHashSet<>(List.of(1, 2, 3, 4, 5, 6));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--smoke" -> smoke = true;
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--groups" -> {
                    groups.clear();
                    for (String g : value(args, ++i, arg).split(",")) {
                        groups.add(Integer.parseInt(g.strip()));
                    }
                }
                default -> {
                    if (!arg.isBlank()) {
                        throw new IllegalArgumentException("unknown option " + arg
                                + "; use --smoke, --out DIR, --groups 1,2,3,4,5,6");
                    }
                }
            }
        }
        return new BenchOptions(smoke, out, groups);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** @return {@code "smoke"} or {@code "full"} */
    public String mode() {
        return smoke ? "smoke" : "full";
    }
}
