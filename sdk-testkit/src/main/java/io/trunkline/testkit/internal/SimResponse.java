package io.trunkline.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a simulator answers to one request, before it becomes a WireMock response definition.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param body the body; {@code null} for none
 * @param fault a connection-level fault instead of a response, or {@code null}
 * @param delayMillis how long to wait before answering
 */
public record SimResponse(int status, Map<String, String> headers, String body, Fault fault, int delayMillis) {

    /** Copies the headers, keeping their order. */
    public SimResponse {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * @param status HTTP status
     * @param json a JSON body
     * @return a JSON response
     */
    public static SimResponse json(int status, String json) {
        return new SimResponse(status, Map.of("Content-Type", "application/json"), json, null, 0);
    }

    /**
     * @param status HTTP status
     * @return a response without body
     */
    public static SimResponse empty(int status) {
        return new SimResponse(status, Map.of(), null, null, 0);
    }

    /**
     * @param name header name
     * @param value header value
     * @return this response with one more header
     */
    public SimResponse header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimResponse(status, more, body, fault, delayMillis);
    }

    /**
     * @param millis the delay
     * @return this response, delayed
     */
    public SimResponse delayed(int millis) {
        return new SimResponse(status, headers, body, fault, millis);
    }

    /** @return the WireMock definition that renders this response */
    public ResponseDefinition toDefinition() {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
        if (fault != null) {
            return builder.withFault(fault).build();
        }
        builder.withStatus(status);
        headers.forEach(builder::withHeader);
        if (body != null) {
            builder.withBody(body);
        }
        if (delayMillis > 0) {
            builder.withFixedDelay(delayMillis);
        }
        return builder.build();
    }
}
