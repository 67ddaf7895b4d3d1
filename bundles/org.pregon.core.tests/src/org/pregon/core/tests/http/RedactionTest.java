package org.pregon.core.tests.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pregon.core.http.Redaction;

/** Tokens, passwords and keys never reach a log line or a message. */
public class RedactionTest {

    @Test
    public void secretQueryParametersAreMasked() {
        assertEquals("/v23.0/me?fields=id,name&access_token=***",
                Redaction.uri("/v23.0/me?fields=id,name&access_token=EAAB123"));
        assertEquals("https://www.googleapis.com/youtube/v3/videos?key=***&part=snippet&refresh_token=***",
                Redaction.uri("https://www.googleapis.com/youtube/v3/videos?key=AIza99&part=snippet&refresh_token=1//xyz"));
        assertEquals("/cb#access_token=***&state=abc", Redaction.uri("/cb#access_token=tok&state=abc"));
        assertEquals("/x?ACCESS_TOKEN=***", Redaction.uri("/x?ACCESS_TOKEN=tok"), "names in any case");
        assertEquals("/x?access%5Ftoken=***", Redaction.uri("/x?access%5Ftoken=tok"), "names percent-encoded");
        assertEquals("/2/tweets?pagination_token=abc&max_results=10",
                Redaction.uri("/2/tweets?pagination_token=abc&max_results=10"), "paging tokens are not secrets");
        assertEquals("/plain/path", Redaction.uri("/plain/path"));
        assertEquals("/x?", Redaction.uri("/x?"));
    }

    @Test
    public void secretsInFreeTextAreMasked() {
        assertEquals("Authorization: ***", Redaction.text("Authorization: Bearer eyJhbGciOi.abc.def"));
        assertEquals("sent Bearer *** to the server", Redaction.text("sent Bearer abc123 to the server"));
        assertEquals("{\"identifier\":\"gva.bsky.social\",\"password\":\"***\"}",
                Redaction.text("{\"identifier\":\"gva.bsky.social\",\"password\":\"my secret pass\"}"));
        assertEquals("{\"accessJwt\": \"***\", \"refreshJwt\": \"***\", \"handle\":\"gva\"}",
                Redaction.text("{\"accessJwt\": \"a.b.c\", \"refreshJwt\": \"d.e.f\", \"handle\":\"gva\"}"));
        assertEquals("grant_type=refresh_token&refresh_token=***&client_secret=***",
                Redaction.text("grant_type=refresh_token&refresh_token=r-1&client_secret=s-2"));
        assertEquals("OAuth oauth_consumer_key=\"ck\", oauth_token=\"***\", oauth_signature=\"***\"",
                Redaction.text("OAuth oauth_consumer_key=\"ck\", oauth_token=\"t-1\", oauth_signature=\"s%3D\""));
        assertEquals("Authorization: ***", Redaction.text("Authorization: Basic dXNlcjpwYXNz"));
        assertEquals("X-Api-Key: ***", Redaction.text("X-Api-Key: k-123"));
        assertEquals("token: access_token=***&x=1", Redaction.text("token: access_token=abc&x=1"));
        assertEquals("monkey=banana", Redaction.text("monkey=banana"), "only whole names");
    }

    @Test
    public void networkProseIsLeftAlone() {
        for (String prose : new String[] { "Invalid OAuth access token.", "(#190) Invalid OAuth 2.0 Access Token",
                "Error validating access token: Session has expired", "Bearer token is invalid",
                "Basic information is missing", "Token has expired" }) {
            assertEquals(prose, Redaction.text(prose));
        }
    }

    @Test
    public void secretNamesAreKnownInAnyCase() {
        assertTrue(Redaction.isSecret("Authorization"));
        assertTrue(Redaction.isSecret("X-Api-Key"));
        assertFalse(Redaction.isSecret("media_ids[]"));
        assertTrue(Redaction.isSecret("access_token[]"));
        assertTrue(Redaction.isSecret("Password"));
        assertFalse(Redaction.isSecret("X-Request-Id"));
    }
}
