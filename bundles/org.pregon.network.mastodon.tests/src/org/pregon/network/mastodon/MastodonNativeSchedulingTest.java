package org.pregon.network.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Native scheduling on a Mastodon server stand-in, end to end through the publisher: a ScheduledStatus
 * created with scheduled_at and an Idempotency-Key, moved with PUT, withdrawn and created anew for a text
 * edit (Mastodon cannot edit a scheduled status), withdrawn with DELETE, and once it went out (404 on the
 * scheduled status) found among the account's statuses by its source text.
 */
public class MastodonNativeSchedulingTest {
    private static final Instant NOW = MastodonFixture.NOW;
    private static final Instant AT = NOW.plus(Duration.ofDays(2));
    private static final String TEXT = MastodonFixture.bilingual().get(0);
    private static final String SCHEDULED = "/api/v1/scheduled_statuses/3221";
    private static final String STATUS_ID = "109412345678901234";
    private static final String ACCOUNT_ID = "109302436954721982";

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    @TempDir
    Path folder;

    private final MastodonConnector connector = MastodonFixture.connector(new RecordingSleeper());
    private Workspace workspace;

    @BeforeEach
    public void workspaceWithAPostInTwoDays() throws Exception {
        workspace = Workspace.open(folder.resolve("ws"));
        Account account = MastodonFixture.account(wireMock.baseUrl().toString());
        account.setCredentialState(CredentialState.VALID);
        workspace.accounts().save(account);
        Post post = PregonFactory.eINSTANCE.createPost();
        post.setId("post");
        post.setStatus(PostStatus.SCHEDULED);
        post.setScheduledAt(Date.from(AT));
        post.setUpdatedAt(Date.from(NOW.minusSeconds(3600)));
        LocalizedText text = PregonFactory.eINSTANCE.createLocalizedText();
        text.setLanguage("ca");
        text.setText(TEXT);
        post.getTexts().add(text);
        PostVariant variant = PregonFactory.eINSTANCE.createPostVariant();
        variant.setId("v-mastodon");
        variant.setAccountId(account.getId());
        variant.setStatus(PostStatus.SCHEDULED);
        variant.setLanguageStrategy(LanguageStrategy.FIRST_LANGUAGE_ONLY);
        post.getVariants().add(variant);
        workspace.posts().save(post);
        wireMock.server().stubFor(post(urlPathEqualTo("/api/v1/statuses")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.scheduled_at")).willReturn(okJson(scheduledStatus("3221", AT, TEXT))));
        wireMock.server().stubFor(get(urlPathEqualTo(SCHEDULED)).willReturn(okJson(scheduledStatus("3221", AT, TEXT))));
        wireMock.server().stubFor(delete(urlPathEqualTo(SCHEDULED)).willReturn(okJson("{}")));
    }

    @AfterEach
    public void close() {
        workspace.close();
    }

    @Test
    public void handedOverWithScheduledAtThenFoundAmongTheAccountsStatuses() {
        drainAt(NOW);
        LoggedRequest handover = only(postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
        assertEquals("{\"status\":" + json(TEXT) + ",\"language\":\"ca\",\"scheduled_at\":\"" + AT + "\"}",
                handover.getBodyAsString());
        assertTrue(handover.getHeader("Idempotency-Key").startsWith("sched-v-mastodon-"), handover.getHeader("Idempotency-Key"));
        assertEquals("Bearer " + MastodonFixture.TOKEN, handover.getHeader("Authorization"));
        assertEquals(Date.from(AT), variant().getHandedOverFor());
        assertEquals("3221", workspace.nativeSchedules().find("v-mastodon").orElseThrow().remoteId());

        drainAt(AT.plusSeconds(120)); // still scheduled on the server
        assertEquals(PostStatus.SCHEDULED, variant().getStatus());

        wentOut();
        drainAt(AT.plusSeconds(600));
        PostVariant variant = variant();
        assertEquals(PostStatus.PUBLISHED, variant.getStatus());
        assertEquals(List.of(STATUS_ID), variant.getRemoteIds());
        assertEquals("https://social.example/@ajuntament/" + STATUS_ID, variant.getRemoteUrl());
        assertEquals(TEXT, workspace.archive().find("arch-mastodon-" + STATUS_ID).orElseThrow().getText());
        assertEquals(1, wireMock.server().findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))).size());
    }

    @Test
    public void aNewTimeIsAPutAndANewTextWithdrawsAndSchedulesAnew() {
        drainAt(NOW);
        Instant later = AT.plus(Duration.ofDays(1));
        wireMock.server().stubFor(put(urlPathEqualTo(SCHEDULED)).willReturn(okJson(scheduledStatus("3221", later, TEXT))));
        move(later, NOW.plusSeconds(60));
        drainAt(NOW.plusSeconds(61));
        LoggedRequest moved = only(putRequestedFor(urlPathEqualTo(SCHEDULED)));
        assertEquals("{\"scheduled_at\":\"" + later + "\"}", moved.getBodyAsString());
        assertEquals(Date.from(later), variant().getHandedOverFor());

        String edited = "Ampliem el termini d'inscripció a la Fira d'Ocupació fins divendres.";
        wireMock.server().stubFor(post(urlPathEqualTo("/api/v1/statuses")).atPriority(1)
                .withRequestBody(equalToJson("{\"status\":" + json(edited) + "}", true, true))
                .willReturn(okJson(scheduledStatus("3222", later, edited))));
        Post post = workspace.posts().find("post").orElseThrow();
        post.getTexts().get(0).setText(edited);
        post.setUpdatedAt(Date.from(NOW.plusSeconds(120)));
        workspace.posts().save(post);
        drainAt(NOW.plusSeconds(121));
        assertEquals(1, wireMock.server().findAll(deleteRequestedFor(urlPathEqualTo(SCHEDULED))).size());
        List<LoggedRequest> created = wireMock.server().findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
        assertEquals(2, created.size());
        assertTrue(created.get(1).getBodyAsString().contains("\"scheduled_at\":\"" + later + "\""), created.get(1).getBodyAsString());
        assertEquals("3222", workspace.nativeSchedules().find("v-mastodon").orElseThrow().remoteId());
    }

    @Test
    public void aCancelledPostIsDeletedFromTheScheduledStatuses() {
        drainAt(NOW);
        Post post = workspace.posts().find("post").orElseThrow();
        post.setStatus(PostStatus.CANCELLED);
        post.getVariants().forEach(v -> v.setStatus(PostStatus.CANCELLED));
        post.setUpdatedAt(Date.from(NOW.plusSeconds(60)));
        workspace.posts().save(post);
        drainAt(NOW.plusSeconds(61));
        assertEquals(1, wireMock.server().findAll(deleteRequestedFor(urlPathEqualTo(SCHEDULED))).size());
        assertTrue(workspace.nativeSchedules().find("v-mastodon").isEmpty());
        assertNull(variant().getHandedOverAt());
    }

    @Test
    public void movedInsideFiveMinutesIsWithdrawnAndPublishedByThePublisher() {
        drainAt(NOW);
        Instant soon = NOW.plus(Duration.ofMinutes(4));
        move(soon, NOW.plusSeconds(30));
        drainAt(NOW.plusSeconds(31));
        assertEquals(1, wireMock.server().findAll(deleteRequestedFor(urlPathEqualTo(SCHEDULED))).size());
        wireMock.server().stubFor(post(urlPathEqualTo("/api/v1/statuses")).atPriority(5)
                .willReturn(okJson(MastodonFixture.status(STATUS_ID, soon.toString(), null))));
        drainAt(soon);
        List<LoggedRequest> created = wireMock.server().findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
        assertEquals(2, created.size());
        assertFalse(created.get(1).getBodyAsString().contains("scheduled_at"), "published now");
        assertEquals(PostStatus.PUBLISHED, variant().getStatus());
        assertEquals(List.of(STATUS_ID), variant().getRemoteIds());
    }

    @Test
    public void aRefusedScheduledAtLeavesThePostToThePublisher() {
        wireMock.server().stubFor(post(urlPathEqualTo("/api/v1/statuses")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.scheduled_at")).willReturn(aResponse().withStatus(422)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"error\":\"Validation failed: Scheduled at The scheduled date must be in the future\"}")));
        wireMock.server().stubFor(post(urlPathEqualTo("/api/v1/statuses")).atPriority(5)
                .willReturn(okJson(MastodonFixture.status(STATUS_ID, AT.toString(), null))));
        drainAt(NOW);
        NativeSchedules.Row row = workspace.nativeSchedules().find("v-mastodon").orElseThrow();
        assertEquals(NativeSchedules.DECLINED, row.state());
        assertTrue(row.detail().contains("The scheduled date must be in the future"), row.detail());
        drainAt(AT);
        assertEquals(PostStatus.PUBLISHED, variant().getStatus());
        assertEquals(2, wireMock.server().findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))).size());
    }

    @Test
    public void aHandOverWhoseAnswerWasLostIsFoundInTheScheduledStatuses() {
        wireMock.server().stubFor(post(urlPathEqualTo("/api/v1/statuses")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.scheduled_at")).willReturn(aResponse().withStatus(503)));
        drainAt(NOW);
        assertEquals(NativeSchedules.HANDING_OVER, workspace.nativeSchedules().find("v-mastodon").orElseThrow().state());
        int attempts = wireMock.server().findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))).size();
        // the server had created it although its answers were lost
        wireMock.server().stubFor(get(urlPathEqualTo("/api/v1/scheduled_statuses")).withQueryParam("limit", equalTo("40"))
                .willReturn(okJson("[" + scheduledStatus("3221", AT, TEXT) + "]")));
        drainAt(NOW.plus(Duration.ofMinutes(6)));
        assertEquals(attempts, wireMock.server().findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))).size(),
                "not scheduled again");
        NativeSchedules.Row row = workspace.nativeSchedules().find("v-mastodon").orElseThrow();
        assertEquals(NativeSchedules.SCHEDULED, row.state());
        assertEquals("3221", row.remoteId());
    }

    /** The scheduled status is gone (404) and the account's timeline has the status the server made of it. */
    private void wentOut() {
        wireMock.server().stubFor(get(urlPathEqualTo(SCHEDULED)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody("{\"error\":\"Record not found\"}")));
        wireMock.server().stubFor(get(urlPathEqualTo("/api/v1/accounts/verify_credentials")).willReturn(okJson(
                "{\"id\":\"" + ACCOUNT_ID + "\",\"username\":\"ajuntament\",\"acct\":\"ajuntament\",\"display_name\":\"Ajuntament\","
                        + "\"url\":\"https://social.example/@ajuntament\"}")));
        wireMock.server().stubFor(get(urlPathEqualTo("/api/v1/accounts/" + ACCOUNT_ID + "/statuses")).willReturn(okJson(
                "[" + MastodonFixture.status(STATUS_ID, AT.plusSeconds(1).toString(), null) + ","
                        + MastodonFixture.status("109400000000000001", NOW.minus(Duration.ofDays(1)).toString(), null) + "]")));
        wireMock.server().stubFor(get(urlPathEqualTo("/api/v1/statuses/" + STATUS_ID + "/source")).willReturn(okJson(
                "{\"id\":\"" + STATUS_ID + "\",\"text\":" + json(TEXT) + ",\"spoiler_text\":\"\"}")));
    }

    /** A ScheduledStatus entity as Mastodon answers it. */
    private static String scheduledStatus(String id, Instant at, String text) {
        return "{\"id\":\"" + id + "\",\"scheduled_at\":\"" + at.toString().replace("Z", ".000Z") + "\",\"params\":{\"poll\":null,"
                + "\"text\":" + json(text) + ",\"language\":\"ca\",\"media_ids\":null,\"sensitive\":null,\"visibility\":null,"
                + "\"idempotency\":null,\"scheduled_at\":null,\"spoiler_text\":null,\"application_id\":596551,"
                + "\"in_reply_to_id\":null,\"with_rate_limit\":false},\"media_attachments\":[]}";
    }

    private void drainAt(Instant now) {
        new Publisher(workspace, kind -> Optional.of(connector), id -> MastodonFixture.CREDENTIALS,
                new Publisher.Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 3,
                        Duration.ofSeconds(1), Clock.fixed(now, ZoneOffset.UTC), new RecordingSleeper()))
                .drain(new NullProgressMonitor());
    }

    private void move(Instant to, Instant now) {
        Post post = workspace.posts().find("post").orElseThrow();
        Rescheduler.apply(post, new Rescheduling.Moved(to, PostStatus.SCHEDULED, List.of()), now);
        workspace.posts().save(post);
    }

    private LoggedRequest only(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> found = wireMock.server().findAll(pattern);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private PostVariant variant() {
        return workspace.posts().find("post").orElseThrow().getVariants().get(0);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
