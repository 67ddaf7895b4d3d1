package org.pregon.network.facebook.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.networks.Audience;
import org.pregon.core.networks.AudienceTargeting;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.networks.PublishRequest;
import org.pregon.network.facebook.FacebookConnector;
import org.pregon.testing.LocalWireMock;

/** A segment restricted through Page targeting reaches the Graph API as the feed post's targeting field. */
public class FacebookTargetingTest {
    private static final String POST_ID = GraphApi.PAGE_ID + "_987654321012345";
    private static final String FEED = GraphApi.path(GraphApi.PAGE_ID + "/feed");

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final FacebookConnector connector = new FacebookConnector();

    @BeforeEach
    public void graph() {
        wireMock.server().stubFor(post(urlPathEqualTo(FEED)).willReturn(okJson("{\"id\":\"" + POST_ID + "\"}")));
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(POST_ID))).willReturn(okJson(
                "{\"permalink_url\":\"https://www.facebook.com/104857600123456/posts/987654321012345\","
                        + "\"created_time\":\"2026-11-30T08:00:03+0000\",\"id\":\"" + POST_ID + "\"}")));
    }

    @Test
    public void aYoungPeopleSegmentInSpainIsSentAsTheFeedPostsTargeting() throws Exception {
        publish(new Audience(16, 29, List.of("ES")));
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(FEED))
                .withFormParam("message", equalTo("Garantia Juvenil: inscriu-te"))
                .withFormParam("targeting", equalToJson("{\"age_min\":16,\"age_max\":29,\"geo_locations\":{\"countries\":[\"ES\"]}}")));
    }

    @Test
    public void agesBeyondWhatFacebookAcceptsAreLeftToItsOwnBounds() throws Exception {
        // 10-70 covers everyone Facebook can target, so only the country restricts
        publish(new Audience(10, 70, List.of("ES", "PT")));
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(FEED))
                .withFormParam("targeting", equalToJson("{\"geo_locations\":{\"countries\":[\"ES\",\"PT\"]}}")));
    }

    @Test
    public void aPostForEveryoneHasNoTargeting() throws Exception {
        publish(null);
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(FEED)).withFormParam("targeting", absent()));
    }

    @Test
    public void theDeclarationSaysFacebookTargetsAgesAndCountries() {
        NetworkRegistry registry = NetworkRegistry.read(RegistryFactory.getRegistry());
        AudienceTargeting targeting = registry.find("facebook").orElseThrow().targeting().orElseThrow();
        assertTrue(targeting.ages() && targeting.countries());
        assertEquals(13, targeting.minAge());
        assertEquals(65, targeting.maxAge());
        assertEquals("Page targeting", targeting.label());
    }

    private void publish(Audience audience) throws Exception {
        connector.publish(new PublishRequest(GraphApi.account(wireMock), "variant-1", List.of("Garantia Juvenil: inscriu-te"),
                List.of("ca-ES-valencia"), null, List.of(), "idem-1", audience), GraphApi.CREDENTIALS, new NullProgressMonitor());
    }
}
