package io.trunkline.testkit.internal;

import com.github.tomakehurst.wiremock.http.Fault;
import io.trunkline.testkit.SimulatedFault;
import java.util.Map;

/** Renders the response-replacing faults. */
final class FaultResponses {

    /** A body that starts like a vendor envelope and stops mid-object. */
    static final String TRUNCATED_JSON = "{\"status\": \"ok\", \"response\": {\"model_id\": \"17";

    private FaultResponses() {
    }

    /** Java 17 has no pattern switch, hence the instanceof chain over the sealed family. */
    static SimResponse render(SimulatedFault fault) {
        if (fault instanceof SimulatedFault.ServerError e) {
            return e.body().isEmpty() ? SimResponse.empty(e.status()) : SimResponse.json(e.status(), e.body());
        }
        if (fault instanceof SimulatedFault.TooManyRequests t) {
            return SimResponse.empty(429).header("Retry-After", String.valueOf(ceilSeconds(t)));
        }
        if (fault instanceof SimulatedFault.ConnectionReset) {
            return new SimResponse(0, Map.of(), null, Fault.CONNECTION_RESET_BY_PEER, 0);
        }
        if (fault instanceof SimulatedFault.MalformedBody) {
            return SimResponse.json(200, TRUNCATED_JSON);
        }
        if (fault instanceof SimulatedFault.HtmlErrorPage h) {
            return new SimResponse(h.status(), Map.of("Content-Type", "text/html; charset=utf-8"),
                    htmlPage(h.status()), null, 0);
        }
        if (fault instanceof SimulatedFault.EmptyBody e) {
            return SimResponse.empty(e.status());
        }
        if (fault instanceof SimulatedFault.AfterCommit a) {
            return render(a.response());
        }
        throw new IllegalArgumentException("a delay does not replace the response: " + fault);
    }

    private static long ceilSeconds(SimulatedFault.TooManyRequests t) {
        long millis = t.retryAfter().toMillis();
        return (millis + 999) / 1000;
    }

    private static String htmlPage(int status) {
        String title = status + " " + reason(status);
        return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }

    private static String reason(int status) {
        switch (status) {
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Temporarily Unavailable";
            case 504: return "Gateway Time-out";
            default: return "Error";
        }
    }
}
