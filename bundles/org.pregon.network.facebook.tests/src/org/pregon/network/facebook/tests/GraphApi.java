package org.pregon.network.facebook.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * A Graph API peer for the tests: WireMock on 127.0.0.1 and a free port, serving the shapes Meta
 * documents (version prefix in the path, {"id": ...} answers, the error object and the usage headers).
 */
final class GraphApi implements AutoCloseable {
    static final String VERSION = "/v21.0";
    static final String PAGE_ID = "104857600123456";
    static final String TOKEN = "EAAGm0PX4ZCpsBAPageTokenSecret9f3c";

    final WireMockServer server;

    GraphApi() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    /** What the account stores as its server URL: the peer plus the API version, like graph.facebook.com/v21.0. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + VERSION;
    }

    static String path(String node) {
        return VERSION + "/" + node;
    }

    /** Meta's error body: {"error":{"message","type","code","error_subcode","fbtrace_id"}}. */
    static ResponseDefinitionBuilder graphError(int status, int code, Integer subcode, String type, String message,
            String fbtraceId) {
        StringBuilder body = new StringBuilder("{\"error\":{\"message\":").append(quote(message))
                .append(",\"type\":").append(quote(type)).append(",\"code\":").append(code);
        if (subcode != null) {
            body.append(",\"error_subcode\":").append(subcode);
        }
        body.append(",\"fbtrace_id\":").append(quote(fbtraceId)).append("}}");
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body.toString());
    }

    /** X-Business-Use-Case-Usage as Meta sends it: usages per business object, wait in minutes. */
    static String businessUseCaseUsage(String objectId, int minutes) {
        return "{\"" + objectId + "\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":12,\"total_time\":20,"
                + "\"estimated_time_to_regain_access\":" + minutes + "}]}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        server.stop();
    }
}
