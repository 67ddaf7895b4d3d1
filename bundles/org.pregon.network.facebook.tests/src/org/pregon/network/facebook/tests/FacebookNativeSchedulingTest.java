package org.pregon.network.facebook.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.publish.Publisher;
import org.pregon.core.schedule.Rescheduler;
import org.pregon.core.schedule.Rescheduling;
import org.pregon.core.store.NativeSchedules;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.network.facebook.FacebookConnector;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Native scheduling on a Facebook Page, end to end: the publisher (as it runs headless or in the
 * workbench) hands the post over to a WireMock Graph API with published=false and
 * scheduled_publish_time, tracks it until Facebook reports it published, and sends edits, moves and
 * cancellations to the post. Graph shapes as documented (Page feed, Page post, scheduled_posts, errors).
 */
public class FacebookNativeSchedulingTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final Instant AT = Instant.parse("2026-03-04T09:30:00Z");
    private static final String TEXT = FacebookPublishTest.VALENCIAN;
    private static final String LINK = FacebookPublishTest.LINK;
    private static final String POST_ID = FacebookPublishTest.POST_ID;
    private static final String PERMALINK = "https://www.facebook.com/104857600123456/posts/987654321012345";
    private static final String FEED = GraphApi.path(GraphApi.PAGE_ID + "/feed");
    private static final String POST = GraphApi.path(POST_ID);

    @TempDir
    Path folder;

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final FacebookConnector connector = new FacebookConnector(client -> client.sleeper(new RecordingSleeper()));
    private Workspace workspace;

    @BeforeEach
    public void workspaceWithAPostInTwoDays() throws Exception {
        workspace = Workspace.open(folder.resolve("ws"));
        Account account = GraphApi.account(wireMock);
        account.setCredentialState(CredentialState.VALID);
        workspace.accounts().save(account);
        Post post = PregonFactory.eINSTANCE.createPost();
        post.setId("post");
        post.setStatus(PostStatus.SCHEDULED);
        post.setScheduledAt(Date.from(AT));
        post.setUpdatedAt(Date.from(NOW.minusSeconds(3600)));
        post.setLink(LINK);
        LocalizedText text = PregonFactory.eINSTANCE.createLocalizedText();
        text.setLanguage("ca");
        text.setText(TEXT);
        post.getTexts().add(text);
        PostVariant variant = PregonFactory.eINSTANCE.createPostVariant();
        variant.setId("v-facebook");
        variant.setAccountId(account.getId());
        variant.setStatus(PostStatus.SCHEDULED);
        variant.setLanguageStrategy(LanguageStrategy.FIRST_LANGUAGE_ONLY);
        post.getVariants().add(variant);
        workspace.posts().save(post);
        wireMock.server().stubFor(post(urlPathEqualTo(FEED)).willReturn(okJson("{\"id\":\"" + POST_ID + "\"}")));
        wireMock.server().stubFor(post(urlPathEqualTo(POST)).willReturn(okJson("{\"success\":true}")));
        wireMock.server().stubFor(delete(urlPathEqualTo(POST)).willReturn(okJson("{\"success\":true}")));
        stubPostState(false);
    }

    @AfterEach
    public void close() {
        workspace.close();
    }

    @Test
    public void handedOverAheadWithTheDocumentedParametersThenTrackedToPublished() {
        drainAt(NOW);
        LoggedRequest handover = only(postRequestedFor(urlPathEqualTo(FEED)));
        assertEquals("false", handover.formParameters().get("published").firstValue());
        assertEquals(Long.toString(AT.getEpochSecond()), handover.formParameters().get("scheduled_publish_time").firstValue());
        assertEquals(TEXT + "\n\n" + LINK, handover.formParameters().get("message").firstValue());
        assertEquals(LINK, handover.formParameters().get("link").firstValue());
        assertEquals("Bearer " + GraphApi.TOKEN, handover.getHeader("Authorization"));
        assertEquals(Date.from(AT), variant().getHandedOverFor());
        assertEquals(POST_ID, workspace.nativeSchedules().find("v-facebook").orElseThrow().remoteId());

        drainAt(AT.plusSeconds(120)); // Facebook has not published it yet
        assertEquals(PostStatus.SCHEDULED, variant().getStatus());

        stubPostState(true);
        drainAt(AT.plusSeconds(600));
        PostVariant variant = variant();
        assertEquals(PostStatus.PUBLISHED, variant.getStatus());
        assertEquals(List.of(POST_ID), variant.getRemoteIds());
        assertEquals(PERMALINK, variant.getRemoteUrl());
        assertEquals(Date.from(AT), variant.getPublishedAt());
        assertEquals(TEXT + "\n\n" + LINK, workspace.archive().find("arch-facebook-" + POST_ID).orElseThrow().getText());
        assertEquals(1, wireMock.server().findAll(postRequestedFor(urlPathEqualTo(FEED))).size(), "one post, never published twice");
    }

    @Test
    public void anEditedTextAndANewTimeArePostedToTheScheduledPost() {
        drainAt(NOW);
        Post post = workspace.posts().find("post").orElseThrow();
        post.getTexts().get(0).setText("Ampliem el termini d'inscripció fins divendres.");
        post.setUpdatedAt(Date.from(NOW.plusSeconds(60)));
        workspace.posts().save(post);
        drainAt(NOW.plusSeconds(61));
        LoggedRequest edit = only(postRequestedFor(urlPathEqualTo(POST)));
        assertEquals("Ampliem el termini d'inscripció fins divendres.\n\n" + LINK, edit.formParameters().get("message").firstValue());

        Instant later = AT.plus(Duration.ofDays(1));
        move(later, NOW.plusSeconds(120));
        drainAt(NOW.plusSeconds(121));
        List<LoggedRequest> updates = wireMock.server().findAll(postRequestedFor(urlPathEqualTo(POST)));
        assertEquals(2, updates.size());
        assertEquals(Long.toString(later.getEpochSecond()), updates.get(1).formParameters().get("scheduled_publish_time").firstValue());
        assertEquals(Date.from(later), variant().getHandedOverFor());
        assertEquals(1, wireMock.server().findAll(postRequestedFor(urlPathEqualTo(FEED))).size());
    }

    @Test
    public void aCancelledPostIsDeletedFromThePagesSchedule() {
        drainAt(NOW);
        Post post = workspace.posts().find("post").orElseThrow();
        post.setStatus(PostStatus.CANCELLED);
        post.getVariants().forEach(v -> v.setStatus(PostStatus.CANCELLED));
        post.setUpdatedAt(Date.from(NOW.plusSeconds(60)));
        workspace.posts().save(post);
        drainAt(NOW.plusSeconds(61));
        assertEquals(1, wireMock.server().findAll(deleteRequestedFor(urlPathEqualTo(POST))).size());
        assertTrue(workspace.nativeSchedules().find("v-facebook").isEmpty());
        assertNull(variant().getHandedOverAt());
    }

    @Test
    public void movedInsideTenMinutesIsDeletedThereAndPublishedByThePublisher() {
        drainAt(NOW);
        Instant soon = NOW.plus(Duration.ofMinutes(7));
        move(soon, NOW.plusSeconds(60));
        drainAt(NOW.plusSeconds(61));
        assertEquals(1, wireMock.server().findAll(deleteRequestedFor(urlPathEqualTo(POST))).size());
        stubPermalink();
        drainAt(soon);
        List<LoggedRequest> feed = wireMock.server().findAll(postRequestedFor(urlPathEqualTo(FEED)));
        assertEquals(2, feed.size());
        assertNull(feed.get(1).formParameters().get("scheduled_publish_time"), "published now, not scheduled");
        assertEquals(PostStatus.PUBLISHED, variant().getStatus());
    }

    @Test
    public void aRefusedTimeLeavesThePostToThePublisher() {
        wireMock.server().stubFor(post(urlPathEqualTo(FEED)).withFormParam("scheduled_publish_time", matching("\\d+"))
                .willReturn(GraphApi.graphError(400, 100, null, "OAuthException",
                        "(#100) scheduled_publish_time must be between 10 minutes and 75 days from the time of the API request",
                        "AbCdEfGh123")));
        drainAt(NOW);
        NativeSchedules.Row row = workspace.nativeSchedules().find("v-facebook").orElseThrow();
        assertEquals(NativeSchedules.DECLINED, row.state());
        assertTrue(row.detail().contains("between 10 minutes and 75 days"), row.detail());
        stubPermalink();
        drainAt(AT);
        assertEquals(PostStatus.PUBLISHED, variant().getStatus());
        List<LoggedRequest> feed = wireMock.server().findAll(postRequestedFor(urlPathEqualTo(FEED)));
        assertEquals(2, feed.size());
        assertNull(feed.get(1).formParameters().get("published"));
    }

    @Test
    public void aHandOverWhoseAnswerWasLostIsFoundInScheduledPostsNotPostedTwice() {
        wireMock.server().stubFor(post(urlPathEqualTo(FEED)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        drainAt(NOW);
        assertEquals(NativeSchedules.HANDING_OVER, workspace.nativeSchedules().find("v-facebook").orElseThrow().state());
        // Meta had created it before the connection broke
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/scheduled_posts")))
                .withQueryParam("fields", equalTo("id,message,scheduled_publish_time"))
                .willReturn(okJson("{\"data\":[{\"id\":\"" + POST_ID + "\",\"message\":" + quote(TEXT + "\n\n" + LINK)
                        + ",\"scheduled_publish_time\":" + AT.getEpochSecond() + "}],"
                        + "\"paging\":{\"cursors\":{\"before\":\"QVFIUk1\",\"after\":\"QVFIUk2\"}}}")));
        drainAt(NOW.plus(Duration.ofMinutes(6)));
        assertEquals(1, wireMock.server().findAll(postRequestedFor(urlPathEqualTo(FEED))).size(), "not posted again");
        NativeSchedules.Row row = workspace.nativeSchedules().find("v-facebook").orElseThrow();
        assertEquals(NativeSchedules.SCHEDULED, row.state());
        assertEquals(POST_ID, row.remoteId());
    }

    @Test
    public void theSchedulersWindowIsTheOnePluginXmlDeclares() throws Exception {
        var declared = NetworkRegistry.read(RegistryFactory.getRegistry()).find("facebook").orElseThrow().schedulingWindow();
        assertEquals(declared, Optional.of(connector.nativeScheduling().orElseThrow().window()));
    }

    private void drainAt(Instant now) {
        new Publisher(workspace, kind -> Optional.of(connector), id -> GraphApi.CREDENTIALS,
                new Publisher.Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 3,
                        Duration.ofSeconds(1), Clock.fixed(now, ZoneOffset.UTC), new RecordingSleeper()))
                .drain(new NullProgressMonitor());
    }

    private void move(Instant to, Instant now) {
        Post post = workspace.posts().find("post").orElseThrow();
        Rescheduler.apply(post, new Rescheduling.Moved(to, PostStatus.SCHEDULED, List.of()), now);
        workspace.posts().save(post);
    }

    /** GET /{post-id}?fields=is_published,... as a Page post answers it, before and after it went out. */
    private void stubPostState(boolean published) {
        wireMock.server().stubFor(get(urlPathEqualTo(POST)).withQueryParam("fields", matching(".*is_published.*"))
                .willReturn(okJson("{\"is_published\":" + published + ",\"permalink_url\":\"" + PERMALINK + "\","
                        + "\"created_time\":\"2026-03-02T09:30:01+0000\",\"scheduled_publish_time\":" + AT.getEpochSecond()
                        + ",\"id\":\"" + POST_ID + "\"}")));
    }

    /** The permalink the connector reads back after publishing directly. */
    private void stubPermalink() {
        wireMock.server().stubFor(get(urlPathEqualTo(POST)).withQueryParam("fields", equalTo("permalink_url,created_time"))
                .willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\",\"created_time\":\"2026-03-02T09:37:00+0000\",\"id\":\""
                        + POST_ID + "\"}")));
    }

    private LoggedRequest only(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> found = wireMock.server().findAll(pattern);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private PostVariant variant() {
        return workspace.posts().find("post").orElseThrow().getVariants().get(0);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
