package org.pregon.network.x;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import org.pregon.core.http.RetryPolicy;
import org.pregon.core.networks.Credentials;
import org.pregon.model.Account;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.PregonFactory;
import org.pregon.testing.RecordingSleeper;

/** An X account pointed at a local stand-in of api.x.com, its token, an image and the documented reply shapes. */
final class XFixture {
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final String TOKEN = "bWRjc2V4YW1wbGU6MTczMjk1NjgwMDAwMDoxOjE6YXQ6MQ";
    static final Credentials CREDENTIALS = new Credentials(Map.of(XConnector.ACCESS_TOKEN, TOKEN));
    /** A 1×1 transparent PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private XFixture() {
    }

    static Account account(String serverUrl) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-x");
        account.setNetworkKind("x");
        account.setHandle("@ajuntament_bnf");
        account.setServerUrl(serverUrl);
        return account;
    }

    static XConnector connector(RecordingSleeper sleeper) {
        return new XConnector(RetryPolicy.defaults(), sleeper, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static MediaItem image(Path folder, Map<String, String> altTexts) throws IOException {
        Path file = Files.write(folder.resolve("cartell-fira.png"), PNG);
        MediaItem item = PregonFactory.eINSTANCE.createMediaItem();
        item.setId("media-1");
        item.setUri(file.toString()); // a plain path works as well as a file: URI
        item.setMimeType("image/png");
        altTexts.forEach((language, text) -> {
            LocalizedText alt = PregonFactory.eINSTANCE.createLocalizedText();
            alt.setLanguage(language);
            alt.setText(text);
            item.getAltTexts().add(alt);
        });
        return item;
    }

    /** POST /2/tweets answers 201 with only the id, the text and the edit history. */
    static String created(String id, String text) {
        return """
                {"data":{"id":"%s","text":%s,"edit_history_tweet_ids":["%s"]}}
                """.formatted(id, json(text), id);
    }

    /** An error reply in the problem format of X API v2. */
    static String problem(String title, String detail, String type, int status) {
        return """
                {"title":"%s","detail":"%s","type":"%s","status":%d}
                """.formatted(title, detail, type, status);
    }

    static String json(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
