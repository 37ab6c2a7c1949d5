package io.trunkline.http.internal;

import io.trunkline.http.HttpOptions;
import java.util.List;
import java.util.function.Consumer;

/** What both vendor configuration builders do with the HTTP options they hold. */
public final class VendorConfigs {

    private VendorConfigs() {
    }

    /**
     * Applies a change to the options a vendor builder holds, as its {@code http(h -> …)} setter does.
     *
     * @param current the options held so far, {@code null} after {@code http(null)}
     * @param change the change; {@code null} makes the options {@code null}, which {@code build()} reports
     * @return the options to hold
     */
    public static HttpOptions.Builder edit(HttpOptions.Builder current, Consumer<HttpOptions.Builder> change) {
        if (change == null) {
            return null;
        }
        HttpOptions.Builder options = current == null ? HttpOptions.builder() : current;
        change.accept(options);
        return options;
    }

    /**
     * Adds the options' problems, each prefixed {@code http.}, to a vendor builder's.
     *
     * @param options the options held, may be {@code null}
     * @param problems the vendor builder's problems so far
     */
    public static void check(HttpOptions.Builder options, List<String> problems) {
        if (options == null) {
            problems.add("http: missing (null); pass HttpOptions.defaults(), or do not set it to keep the default");
        } else {
            options.problems().forEach(problem -> problems.add("http." + problem));
        }
    }
}
