package org.pregon.network.facebook.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.util.Map;

import org.pregon.core.networks.Credentials;
import org.pregon.model.Account;
import org.pregon.model.PregonFactory;
import org.pregon.testing.LocalWireMock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The Graph API shapes the tests serve from WireMock (127.0.0.1, free port, one server per test):
 * the version prefix in the path, Meta's error object and its usage headers.
 */
final class GraphApi {
    static final String VERSION = "/v21.0";
    static final String PAGE_ID = "104857600123456";
    static final String TOKEN = "EAAGm0PX4ZCpsBAPageTokenSecret9f3c";
    static final Credentials CREDENTIALS = new Credentials(Map.of("pageId", PAGE_ID, "pageAccessToken", TOKEN));

    private GraphApi() {
    }

    static String path(String node) {
        return VERSION + "/" + node;
    }

    /** A Facebook account whose API base is the local peer plus the version, like graph.facebook.com/v21.0. */
    static Account account(LocalWireMock wireMock) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-facebook");
        account.setNetworkKind("facebook");
        account.setHandle("ocupacio.gva");
        account.setServerUrl(wireMock.baseUrl() + VERSION);
        return account;
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
}
