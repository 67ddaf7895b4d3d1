package org.pregon.network.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.pregon.testing.LocalPds;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.PregonFactory;
import org.pregon.network.bluesky.Sessions.Session;
import org.pregon.testing.LogCapture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The connector against a real Bluesky PDS on 127.0.0.1 (see pds/): what it publishes is read back
 * from the account's repository with getRecord and listRecords, and the PDS's own refusals come back
 * as Pregón's typed failures.
 */
public class BlueskyPdsTest {
    private static final String VALENCIAN = "ca-ES-valencia";
    private static final String SPANISH = "es";
    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    private static LocalPds pds;
    private static Xrpc xrpc;
    private static PdsAccount ajuntament;
    // the publisher keeps one connector per network: its sessions are shared by all calls
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();
    private static final BlueskyConnector CONNECTOR = new BlueskyConnector(new Sessions(SESSIONS));

    @TempDir
    Path files;

    @BeforeAll
    static void startPds() throws Exception {
        String folder = System.getProperty("pregon.pds.dir");
        String log = System.getProperty("pregon.pds.log");
        if (folder == null || log == null) {
            fail("run through Maven: the surefire argLine sets pregon.pds.dir and pregon.pds.log");
        }
        long started = System.nanoTime();
        pds = LocalPds.start(Path.of(folder), Path.of(log));
        System.out.printf("PDS at %s ready in %d ms%n", pds.url(), (System.nanoTime() - started) / 1_000_000);
        xrpc = new Xrpc(pds.url());
        ajuntament = PdsAccount.create(xrpc, "ajuntament");
    }

    @AfterAll
    static void stopPds() throws Exception {
        if (xrpc != null) {
            xrpc.close();
        }
        if (pds != null) {
            pds.close();
        }
    }

    @Test
    public void verifyLogsInWithTheAppPasswordAndNamesTheAccount() throws Exception {
        RemoteAccount remote = CONNECTOR.verify(ajuntament.account(), ajuntament.credentials(), MONITOR);
        assertEquals(ajuntament.did(), remote.remoteId());
        assertEquals("ajuntament.test", remote.handle());
    }

    @Test
    public void textLanguageAndLinkFacetAreStoredAsSent() throws Exception {
        String text = "Hui obrim la inscripció als cursos de formació professional 🎓👩‍🏫 a València: "
                + "https://www.gva.es/va/inici?x=1. #OcupacióGVA";
        Instant before = Instant.now();
        PublishResult result = publish(List.of(text), List.of(VALENCIAN), List.of());
        Instant after = Instant.now();

        assertEquals(1, result.remoteIds().size());
        AtUri uri = AtUri.parse(result.remoteIds().get(0));
        assertEquals(ajuntament.did(), uri.repo());
        assertEquals("app.bsky.feed.post", uri.collection());
        assertEquals("https://bsky.app/profile/" + ajuntament.did() + "/post/" + uri.rkey(), result.url());
        // the PDS's clock, read from the record key; same machine, so within the call
        assertTrue(!result.publishedAt().isBefore(before.minusMillis(1)) && !result.publishedAt().isAfter(after),
                result.publishedAt() + " not in [" + before + ", " + after + "]");

        JsonNode post = record(uri).path("value");
        assertEquals(text, post.path("text").asText());
        assertEquals(List.of(VALENCIAN), strings(post.path("langs")));
        Instant createdAt = Instant.parse(post.path("createdAt").asText());
        assertTrue(!createdAt.isBefore(before.minusMillis(1)) && !createdAt.isAfter(after), createdAt.toString());

        JsonNode facets = post.path("facets");
        assertEquals(2, facets.size(), facets.toString());
        JsonNode link = facets.get(0);
        assertEquals("app.bsky.richtext.facet#link", link.path("features").get(0).path("$type").asText());
        assertEquals("https://www.gva.es/va/inici?x=1", link.path("features").get(0).path("uri").asText());
        // UTF-8 bytes: 80 chars before the URL are 91 bytes (ó, à, ó, è, and two emoji of 4 and 11 bytes)
        assertEquals(91, link.path("index").path("byteStart").asInt());
        assertEquals(122, link.path("index").path("byteEnd").asInt());
        assertEquals("https://www.gva.es/va/inici?x=1", utf8Slice(text, link.path("index")));
        JsonNode tag = facets.get(1);
        assertEquals("app.bsky.richtext.facet#tag", tag.path("features").get(0).path("$type").asText());
        assertEquals("OcupacióGVA", tag.path("features").get(0).path("tag").asText());
        assertEquals("#OcupacióGVA", utf8Slice(text, tag.path("index")));
        assertTrue(post.path("reply").isMissingNode() && post.path("embed").isMissingNode(), post.toString());
    }

    @Test
    public void twoTextsBecomeAThreadEachReplyingToThePreviousOne() throws Exception {
        List<String> texts = List.of("Convocatòria d'ajudes a l'ocupació juvenil: el termini acaba el 30 de juny.",
                "Convocatoria de ayudas al empleo juvenil: el plazo termina el 30 de junio.");
        PublishResult result = publish(texts, List.of(VALENCIAN, SPANISH), List.of());

        assertEquals(2, result.remoteIds().size());
        JsonNode first = record(AtUri.parse(result.remoteIds().get(0)));
        JsonNode second = record(AtUri.parse(result.remoteIds().get(1)));
        assertEquals(texts.get(0), first.path("value").path("text").asText());
        assertEquals(List.of(VALENCIAN), strings(first.path("value").path("langs")));
        assertTrue(first.path("value").path("reply").isMissingNode(), "the first part starts the thread");

        assertEquals(texts.get(1), second.path("value").path("text").asText());
        assertEquals(List.of(SPANISH), strings(second.path("value").path("langs")));
        JsonNode reply = second.path("value").path("reply");
        for (String ref : List.of("root", "parent")) {
            assertEquals(first.path("uri").asText(), reply.path(ref).path("uri").asText(), ref);
            assertEquals(first.path("cid").asText(), reply.path(ref).path("cid").asText(), ref);
        }
        List<String> listed = listedUris();
        assertTrue(listed.containsAll(result.remoteIds()), listed.toString());
    }

    @Test
    public void anImageGoesWithTheFirstPostWithTheAltTextOfItsLanguage() throws Exception {
        Path png = files.resolve("cartell.png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xC8102E);
        ImageIO.write(image, "png", png.toFile());
        byte[] bytes = Files.readAllBytes(png);
        MediaItem poster = image(png, Map.of(VALENCIAN, "Cartell de la fira d'ocupació, 12 de maig a la Llotja",
                SPANISH, "Cartel de la feria de empleo, 12 de mayo en la Lonja"));

        PublishResult result = publish(List.of("Feria de empleo el 12 de mayo.", "Fira d'ocupació el 12 de maig."),
                List.of(SPANISH, VALENCIAN), List.of(poster));

        JsonNode first = record(AtUri.parse(result.remoteIds().get(0))).path("value");
        JsonNode embed = first.path("embed");
        assertEquals("app.bsky.embed.images", embed.path("$type").asText());
        assertEquals(1, embed.path("images").size());
        JsonNode sent = embed.path("images").get(0);
        assertEquals("Cartel de la feria de empleo, 12 de mayo en la Lonja", sent.path("alt").asText(),
                "the alt text in the language of the post it goes with");
        assertEquals("blob", sent.path("image").path("$type").asText());
        assertEquals("image/png", sent.path("image").path("mimeType").asText());
        assertEquals(bytes.length, sent.path("image").path("size").asInt());
        // the blob's CID is the hash of the bytes the PDS stored: exactly the file's bytes
        assertEquals(rawCid(bytes), sent.path("image").path("ref").path("$link").asText());
        assertEquals(64, sent.path("aspectRatio").path("width").asInt());
        assertEquals(48, sent.path("aspectRatio").path("height").asInt());
        JsonNode second = record(AtUri.parse(result.remoteIds().get(1))).path("value");
        assertTrue(second.path("embed").isMissingNode(), "images go with the first part only");
    }

    @Test
    public void thePdsCountsGraphemesAndItsRefusalReachesTheUser() throws Exception {
        // "é" written as e + combining accent: 2 Java chars, 3 bytes, 1 grapheme
        String accent = "e\u0301";
        String longest = accent.repeat(300);
        assertEquals(600, longest.length());
        PublishResult accepted = publish(List.of(longest), List.of(VALENCIAN), List.of());
        assertEquals(longest, record(AtUri.parse(accepted.remoteIds().get(0))).path("value").path("text").asText());

        int postsBefore = listedUris().size();
        RejectedException e = assertThrows(RejectedException.class,
                () -> publish(List.of(accent.repeat(301)), List.of(VALENCIAN), List.of()));
        assertTrue(e.getMessage().contains("grapheme too big (maximum 300, got 301)"), e.getMessage());
        assertEquals("InvalidRequest", e.networkCode());
        assertEquals(postsBefore, listedUris().size(), "nothing was published");
    }

    @Test
    public void anImageOverTheLimitIsRefusedByThePds() throws Exception {
        Path noise = files.resolve("soroll.png");
        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 600; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", noise.toFile());
        long size = Files.size(noise);
        assertTrue(size > 1_000_000, "random pixels do not compress: " + size);

        RejectedException e = assertThrows(RejectedException.class, () -> publish(List.of("Imatge massa gran"),
                List.of(VALENCIAN), List.of(image(noise, Map.of(VALENCIAN, "Soroll")))));
        assertTrue(e.getMessage().contains("blob too big (maximum 1000000, got " + size + ")"), e.getMessage());
    }

    @Test
    public void aPublicationIsReadBackAndDeleted() throws Exception {
        String text = "Avís: l'oficina de Russafa tanca hui a les 14 h.";
        String id = publish(List.of(text), List.of(VALENCIAN), List.of()).remoteIds().get(0);

        RemoteState state = CONNECTOR.fetchRemoteState(ajuntament.account(), id, ajuntament.credentials(), MONITOR);
        assertTrue(state.exists());
        assertEquals(text, state.text());

        CONNECTOR.delete(ajuntament.account(), id, ajuntament.credentials(), MONITOR);
        assertFalse(listedUris().contains(id));
        RemoteState gone = CONNECTOR.fetchRemoteState(ajuntament.account(), id, ajuntament.credentials(), MONITOR);
        assertFalse(gone.exists());
        assertEquals(id, gone.remoteId());
    }

    /**
     * A refused app password means the account needs new credentials: CredentialsExpiredException
     * marks it EXPIRED and blocks publishing until someone enters a new one, which is what a mistyped
     * or revoked app password needs. A RejectedException would blame the post and be shown as the
     * post's failure, though any post would fail the same way.
     */
    @Test
    public void aWrongAppPasswordMeansTheCredentialsMustBeRenewed() throws Exception {
        PdsAccount account = PdsAccount.create(xrpc, "diputacio");
        String wrong = "aaaa-bbbb-cccc-dddd";
        CredentialsExpiredException e = assertThrows(CredentialsExpiredException.class,
                () -> CONNECTOR.verify(account.account(), account.withPassword(wrong), MONITOR));
        assertTrue(e.getMessage().contains("diputacio.test") && e.getMessage().contains("Invalid identifier or password"),
                e.getMessage());
        assertFalse(e.getMessage().contains(wrong), "never the password in a message");

        PublishRequest request = new PublishRequest(account.account(), "v1", List.of("Prova"), List.of(VALENCIAN), null,
                List.of(), UUID.randomUUID().toString());
        assertThrows(CredentialsExpiredException.class,
                () -> CONNECTOR.publish(request, account.withPassword(wrong), MONITOR));
        assertEquals(List.of(), listedUris(account.did()));
    }

    @Test
    public void aRefusedAccessTokenIsRefreshedOrTheSessionOpenedAgainAndNoSecretIsLogged() throws Exception {
        try (LogCapture log = LogCapture.requests()) {
            publish(List.of("Primer"), List.of(VALENCIAN), List.of());
            String key = SESSIONS.keySet().stream().filter(k -> k.contains(" ajuntament.test ")).findFirst().orElseThrow();
            Session real = SESSIONS.get(key);

            // the access token expired (or was revoked): refreshSession with the refresh token, then the post
            SESSIONS.put(key, new Session(real.did(), real.handle(), "spoiled", real.refreshJwt()));
            String second = publish(List.of("Segon"), List.of(VALENCIAN), List.of()).remoteIds().get(0);
            Session refreshed = SESSIONS.get(key);
            assertNotEquals("spoiled", refreshed.accessJwt());
            assertNotEquals(real.refreshJwt(), refreshed.refreshJwt(), "refreshSession rotates the refresh token");
            assertEquals("Segon", record(AtUri.parse(second)).path("value").path("text").asText());

            // both tokens dead (e.g. after two months): log in again with the app password
            SESSIONS.put(key, new Session(real.did(), real.handle(), "spoiled", "spoiled too"));
            publish(List.of("Tercer"), List.of(VALENCIAN), List.of());
            Session reopened = SESSIONS.get(key);
            assertNotEquals("spoiled", reopened.accessJwt());

            assertTrue(log.lines().stream().anyMatch(line -> line.contains("com.atproto.server.refreshSession")),
                    log.lines().toString());
            log.assertNoneContains(ajuntament.appPassword(), real.accessJwt(), real.refreshJwt(), refreshed.accessJwt(),
                    refreshed.refreshJwt(), reopened.accessJwt(), reopened.refreshJwt());
        }
    }

    @Test
    public void tooManyLoginsAreRateLimitedUntilTheResetThePdsAnnounces() throws Exception {
        // createSession allows 30 attempts per 5 minutes per identifier and address, as on bsky.social,
        // failed ones included; each takes at least 350 ms (against timing attacks), so all at once
        PdsAccount nobody = new PdsAccount("did:plc:none", "ningu.test", "aaaa-bbbb-cccc-dddd",
                PdsAccount.account("ningu.test", pds.url()));
        ExecutorService logins = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Class<?>>> attempts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                attempts.add(() -> assertThrows(CredentialsExpiredException.class,
                        () -> CONNECTOR.verify(nobody.account(), nobody.credentials(), MONITOR)).getClass());
            }
            for (Future<Class<?>> attempt : logins.invokeAll(attempts)) {
                assertEquals(CredentialsExpiredException.class, attempt.get());
            }
        } finally {
            logins.shutdown();
        }
        Instant before = Instant.now();
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> CONNECTOR.verify(nobody.account(), nobody.credentials(), MONITOR));
        assertTrue(e.retryAfter().compareTo(Duration.ZERO) > 0 && e.retryAfter().compareTo(Duration.ofMinutes(5)) <= 0,
                e.retryAfter().toString());
        assertTrue(e.getMessage().contains("Rate Limit Exceeded"), e.getMessage());
        // the limit is per account: the others publish on
        assertNotNull(publish(List.of("Encara publiquem"), List.of(VALENCIAN), List.of()));
        assertTrue(Duration.between(before, Instant.now()).compareTo(e.retryAfter()) < 0);
    }

    private static PublishResult publish(List<String> texts, List<String> languages, List<MediaItem> media)
            throws Exception {
        return CONNECTOR.publish(new PublishRequest(ajuntament.account(), UUID.randomUUID().toString(), texts, languages,
                null, media, UUID.randomUUID().toString()), ajuntament.credentials(), MONITOR);
    }

    private static JsonNode record(AtUri uri) throws Exception {
        return xrpc.send(Xrpc.query("com.atproto.repo.getRecord",
                Map.of("repo", uri.repo(), "collection", uri.collection(), "rkey", uri.rkey())), MONITOR);
    }

    private static List<String> listedUris() throws Exception {
        return listedUris(ajuntament.did());
    }

    private static List<String> listedUris(String repo) throws Exception {
        JsonNode records = xrpc.send(Xrpc.query("com.atproto.repo.listRecords",
                Map.of("repo", repo, "collection", "app.bsky.feed.post", "limit", "100")), MONITOR).path("records");
        List<String> uris = new ArrayList<>();
        records.forEach(r -> uris.add(r.path("uri").asText()));
        return uris;
    }

    private static MediaItem image(Path file, Map<String, String> altTexts) {
        MediaItem item = PregonFactory.eINSTANCE.createMediaItem();
        item.setId(UUID.randomUUID().toString());
        item.setUri(file.toUri().toString());
        item.setMimeType("image/png");
        altTexts.forEach((language, text) -> {
            LocalizedText alt = PregonFactory.eINSTANCE.createLocalizedText();
            alt.setLanguage(language);
            alt.setText(text);
            item.getAltTexts().add(alt);
        });
        return item;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String utf8Slice(String text, JsonNode index) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new String(Arrays.copyOfRange(utf8, index.path("byteStart").asInt(), index.path("byteEnd").asInt()),
                StandardCharsets.UTF_8);
    }

    /** CIDv1 of raw bytes as atproto names blobs: "b" + base32(0x01 raw=0x55 sha2-256=0x12 length=0x20 digest). */
    private static String rawCid(byte[] bytes) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        byte[] cid = new byte[4 + digest.length];
        cid[0] = 0x01;
        cid[1] = 0x55;
        cid[2] = 0x12;
        cid[3] = 0x20;
        System.arraycopy(digest, 0, cid, 4, digest.length);
        StringBuilder base32 = new StringBuilder("b");
        int buffer = 0;
        int bits = 0;
        for (byte b : cid) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                base32.append("abcdefghijklmnopqrstuvwxyz234567".charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            base32.append("abcdefghijklmnopqrstuvwxyz234567".charAt((buffer << (5 - bits)) & 31));
        }
        return base32.toString();
    }
}
