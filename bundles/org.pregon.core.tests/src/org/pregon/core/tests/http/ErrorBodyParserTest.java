package org.pregon.core.tests.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pregon.core.http.ApiError;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.ErrorBodyParser;
import org.pregon.core.networks.NetworkUnavailableException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** The error shapes of the networks Pregón knows, read by the generic parser. */
public class ErrorBodyParserTest {

    @Test
    public void eachNetworksShapeGivesItsMessageAndCode() {
        assertError("(#200) Permissions error", "200", "{\"error\":{\"message\":\"(#200) Permissions error\",\"code\":200}}");
        assertError("Rate limit exceeded", "88", "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}");
        assertError("You are not permitted to perform this action.", "Forbidden",
                "{\"title\":\"Forbidden\",\"detail\":\"You are not permitted to perform this action.\",\"type\":\"about:blank\"}");
        assertError("Record not found", "RecordNotFound", "{\"error\":\"RecordNotFound\",\"message\":\"Record not found\"}");
        assertError("Validation failed: Text can't be blank", null, "{\"error\":\"Validation failed: Text can't be blank\"}");
    }

    @Test
    public void bodiesThatAreNotErrorsGiveNothing() {
        assertNull(parse("<html><body>502 Bad Gateway</body></html>"));
        assertNull(parse(""));
        assertNull(parse("{\"unexpected\":true}"));
    }

    private static void assertError(String message, String code, String body) {
        ApiError error = parse(body);
        assertEquals(message, error.message(), body);
        assertEquals(code, error.code(), body);
        assertEquals(ApiError.Kind.REJECTED, error.kind());
    }

    private static ApiError parse(String body) {
        ApiResponse response = new ApiResponse("Test", "r1", 400, Map.of(), body.getBytes(StandardCharsets.UTF_8));
        JsonNode json;
        try {
            json = response.json();
        } catch (NetworkUnavailableException notJson) {
            json = MissingNode.getInstance();
        }
        return ErrorBodyParser.generic().parse(response, json);
    }
}
