package io.trunkline.aircall.internal;

import io.trunkline.aircall.internal.wire.Envelopes;
import io.trunkline.aircall.internal.wire.Meta;
import io.trunkline.core.exception.Vendor;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.http.internal.HttpPipeline;
import okhttp3.HttpUrl;
import retrofit2.Call;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy streams over Aircall list endpoints. A page is fetched only when the stream needs its first
 * record; more pages exist while {@code meta.next_page_link} is non-null (never {@code count < total}).
 *
 * <p>{@code next_page_link} is absolute. It is followed only when its scheme, host and port equal the
 * configured base URL's, because the request carries the Authorization header; a link elsewhere
 * fails the stream. Query parameters of the first request that the link lacks (e.g. {@code per_page},
 * {@code from}, {@code to}) are added, so a filter is never silently dropped between pages.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * @param executor sends each page request
     * @param op the list operation, for messages
     * @param baseUrl the configured base URL
     * @param first the request for page 1 (not executed until needed)
     * @param next builds the request for a {@code next_page_link}
     * @param <T> the record type
     * @param <P> the page type
     * @return a sequential, ordered, lazy stream of every record
     */
    public static <T, P extends Envelopes.Page<T>> Stream<T> stream(HttpPipeline executor, Operation op,
                                                                   HttpUrl baseUrl, Call<P> first,
                                                                   Function<HttpUrl, Call<P>> next) {
        Iterator<T> records = new PageIterator<>(executor, op, baseUrl, first, next);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static final class PageIterator<T, P extends Envelopes.Page<T>> implements Iterator<T> {
        private final HttpPipeline executor;
        private final Operation op;
        private final HttpUrl baseUrl;
        private final HttpUrl firstUrl;
        private final Function<HttpUrl, Call<P>> next;
        private final Set<HttpUrl> followed = new HashSet<>();
        private Call<P> pending;
        private Iterator<T> current = Collections.emptyIterator();

        PageIterator(HttpPipeline executor, Operation op, HttpUrl baseUrl, Call<P> first,
                     Function<HttpUrl, Call<P>> next) {
            this.executor = executor;
            this.op = op;
            this.baseUrl = baseUrl;
            this.firstUrl = first.request().url();
            this.next = next;
            this.pending = first;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && pending != null) {
                P page = executor.execute(op, pending);
                current = page.items().stream().filter(Objects::nonNull).iterator();
                pending = nextCall(page.meta());
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private Call<P> nextCall(Meta meta) {
            if (meta == null || meta.nextPageLink() == null || meta.nextPageLink().isBlank()) {
                return null;
            }
            HttpUrl link = HttpUrl.parse(meta.nextPageLink());
            if (link == null) {
                throw refuse("meta.next_page_link is not an http(s) URL");
            }
            if (!sameOrigin(link)) {
                throw refuse("meta.next_page_link points to " + origin(link) + ", not the configured base URL "
                        + origin(baseUrl) + "; refusing to send credentials to another host. If Aircall moved,"
                        + " set AircallConfig.baseUrl accordingly");
            }
            HttpUrl url = withFirstRequestQuery(link);
            if (!followed.add(url) || url.equals(firstUrl)) {
                throw refuse("meta.next_page_link repeats a page already read; stopping to avoid an endless loop");
            }
            return next.apply(url);
        }

        private boolean sameOrigin(HttpUrl link) {
            return link.scheme().equals(baseUrl.scheme()) && link.host().equalsIgnoreCase(baseUrl.host())
                    && link.port() == baseUrl.port();
        }

        private HttpUrl withFirstRequestQuery(HttpUrl link) {
            HttpUrl.Builder builder = link.newBuilder();
            for (String name : firstUrl.queryParameterNames()) {
                if (!name.equals("page") && link.queryParameter(name) == null) {
                    firstUrl.queryParameterValues(name).forEach(value -> builder.addQueryParameter(name, value));
                }
            }
            return builder.build();
        }

        private VendorConnectionException refuse(String reason) {
            return VendorConnectionException.builder().vendor(Vendor.AIRCALL).operation(op.name()).problem(reason).build();
        }

        private static String origin(HttpUrl url) {
            return url.scheme() + "://" + url.host() + ":" + url.port();
        }
    }
}
