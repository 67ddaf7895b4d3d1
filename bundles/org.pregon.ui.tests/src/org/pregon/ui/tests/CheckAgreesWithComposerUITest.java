package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.cli.CheckCommand;
import org.pregon.model.Account;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.composer.ComposerEditor;
import org.pregon.ui.composer.NewPost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** `pregon check` and the composer count the same texts the same way, for every installed network. */
public class CheckAgreesWithComposerUITest {
    private static final List<String> TEXTS = List.of(
            "Hui obrim la inscripció 🎉👩‍👩‍👧 al curs de formació: https://labora.gva.es/cursos #Ocupació @labora@social.example",
            "¿Buscas empleo? Ven a la feria 🇪🇸 del jueves: https://labora.gva.es/feria ".repeat(9),
            "Cafe\u0301 amb llet i col·laboració: e\u0301s la mateixa lletra, però no el mateix nombre de caràcters.");

    private ComposerEditor editor;

    @AfterEach
    public void close() {
        if (editor != null) {
            UiTestSupport.page().closeEditor(editor, false);
        }
        for (String kind : List.of("facebook", "x", "mastodon", "bluesky")) {
            WorkspaceSession.current().accounts().delete("acc-check-" + kind);
        }
    }

    @Test
    public void sameCountAndVerdictOnEveryNetwork() throws Exception {
        editor = NewPost.open(UiTestSupport.page());
        for (String kind : List.of("facebook", "x", "mastodon", "bluesky")) {
            Account account = PregonFactory.eINSTANCE.createAccount();
            account.setId("acc-check-" + kind);
            account.setNetworkKind(kind);
            account.setHandle("check");
            reopenWith(account);
            editor.setTargeted(account, true);
            editor.setStrategy(account.getId(), LanguageStrategy.FIRST_LANGUAGE_ONLY);
            for (String text : TEXTS) {
                editor.firstText().setText(text);
                var composer = editor.check(account.getId()).validations().get(0);
                JsonNode cli = check(kind, text);
                assertEquals(composer.count(), cli.path("count").asInt(), kind + ": " + text);
                assertEquals(composer.limit(), cli.path("limit").asInt(), kind);
                assertEquals(composer.valid(), cli.path("valid").asBoolean(), kind + ": " + text);
                assertEquals(composer.problems().size(), cli.path("problems").size(), kind + ": " + text);
            }
        }
    }

    /** The composer lists the workspace's accounts when it opens: add this one there, then reopen. */
    private void reopenWith(Account account) throws Exception {
        WorkspaceSession.current().accounts().save(account);
        UiTestSupport.page().closeEditor(editor, false);
        editor = NewPost.open(UiTestSupport.page());
    }

    private static JsonNode check(String kind, String text) throws Exception {
        Path file = Files.createTempFile("check", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CheckCommand(WorkspaceSession.networks(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("--network", kind, file.toString()));
        JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(result.path("valid").asBoolean() ? 0 : 1, exit, err.toString(StandardCharsets.UTF_8));
        return result;
    }
}
