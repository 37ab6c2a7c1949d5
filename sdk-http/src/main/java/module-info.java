/**
 * The HTTP options both vendor clients take. The pipeline itself (Retrofit, OkHttp, retries) is
 * internal and exported only to the vendor modules.
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module io.trunkline.http {
    requires transitive io.trunkline.core;
    // HttpOptions takes a caller's OkHttpClient.
    requires transitive okhttp3;
    requires retrofit2;
    requires retrofit2.converter.jackson;
    requires com.fasterxml.jackson.databind;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.retry;
    requires org.slf4j;
    // OkHttp and Okio are Kotlin; as automatic modules they declare no requires, so the Kotlin
    // standard library (a named module) is resolved only if a named module asks for it.
    requires kotlin.stdlib;

    exports io.trunkline.http;
    exports io.trunkline.http.internal to io.trunkline.synthflow, io.trunkline.aircall;
}
