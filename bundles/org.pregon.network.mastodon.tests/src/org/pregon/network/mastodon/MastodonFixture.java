package org.pregon.network.mastodon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.pregon.core.http.RetryPolicy;
import org.pregon.core.networks.Credentials;
import org.pregon.model.Account;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.PregonFactory;
import org.pregon.testing.RecordingSleeper;

/** An account on a local Mastodon stand-in, its token, an image and the documented reply shapes. */
final class MastodonFixture {
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final String TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0";
    static final Credentials CREDENTIALS = new Credentials(Map.of(MastodonConnector.ACCESS_TOKEN, TOKEN));
    /** A 1×1 transparent PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private MastodonFixture() {
    }

    static Account account(String serverUrl) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-mastodon");
        account.setNetworkKind("mastodon");
        account.setHandle("@ajuntament@social.example");
        account.setServerUrl(serverUrl);
        return account;
    }

    static MastodonConnector connector(RecordingSleeper sleeper) {
        return new MastodonConnector(RetryPolicy.defaults(), sleeper, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A PNG on disk with alt text in Valencian and Spanish, as the composer stores it. */
    static MediaItem image(Path folder, Map<String, String> altTexts) throws IOException {
        Path file = Files.write(folder.resolve("cartell-fira.png"), PNG);
        MediaItem item = PregonFactory.eINSTANCE.createMediaItem();
        item.setId("media-1");
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

    static List<String> bilingual() {
        return List.of("Hui obrim el termini d'inscripció a la Fira d'Ocupació. Més informació a https://ocupacio.example/fira",
                "Hoy abrimos el plazo de inscripción a la Feria de Empleo. Más información en https://ocupacio.example/fira");
    }

    /** A Status entity as POST /api/v1/statuses answers it (trimmed to the fields Pregón reads and a few more). */
    static String status(String id, String createdAt, String inReplyTo) {
        return """
                {"id":"%s","created_at":"%s","in_reply_to_id":%s,"in_reply_to_account_id":null,
                 "sensitive":false,"spoiler_text":"","visibility":"public","language":"ca",
                 "uri":"https://social.example/users/ajuntament/statuses/%s",
                 "url":"https://social.example/@ajuntament/%s","replies_count":0,"reblogs_count":0,
                 "favourites_count":0,"edited_at":null,"content":"<p>Hui obrim…</p>","reblog":null,
                 "account":{"id":"109302436954721982","username":"ajuntament","acct":"ajuntament"},
                 "media_attachments":[],"mentions":[],"tags":[],"emojis":[],"card":null,"poll":null}
                """.formatted(id, createdAt, inReplyTo == null ? "null" : "\"" + inReplyTo + "\"", id, id);
    }

    /** A MediaAttachment entity; url is null while the server is still processing the file. */
    static String mediaAttachment(String id, boolean processed, String description) {
        String url = processed ? "\"https://files.social.example/media_attachments/files/" + id + "/original/cartell.png\"" : "null";
        return """
                {"id":"%s","type":"image","url":%s,
                 "preview_url":"https://files.social.example/media_attachments/files/%s/small/cartell.png",
                 "remote_url":null,"text_url":null,"meta":{"focus":{"x":0.0,"y":0.0}},
                 "description":"%s","blurhash":"UFBWY:8_0Jxv4mx]t8t64.%%M-:IUWGWAt6M}"}
                """.formatted(id, url, id, description);
    }
}
