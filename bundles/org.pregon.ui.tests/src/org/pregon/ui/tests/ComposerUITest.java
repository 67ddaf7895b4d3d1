package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.accounts.AccountService;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.store.ArchiveRow;
import org.pregon.model.Account;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.MediaItem;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.composer.ComposerEditor;
import org.pregon.ui.composer.NewPost;
import org.pregon.ui.views.ArchiveView;

/** Writing a bilingual post in the composer: exact counts, problems, autosave, preview and publishing. */
public class ComposerUITest {
    /** A link under a real top-level domain: X shortens only what its URL grammar recognises (".gva" is no TLD). */
    private static final String LINK = "https://labora.gva.es/fira-2026";
    /** 144 characters of Valencian and 158 of Spanish: each fits X's 280 with the link, together they do not. */
    private static final String VALENCIAN = "Fira d'ocupació juvenil: dijous 3 de desembre, de 9 a 14 hores, al Palau de Congressos de València. Porta el currículum i inscriu-te hui mateix. ";
    private static final String SPANISH = "Feria de empleo juvenil: jueves 3 de diciembre, de 9 a 14 horas, en el Palacio de Congresos de Valencia. Trae tu currículum e inscríbete hoy mismo, es gratis.";

    private Account account;
    private ComposerEditor editor;

    @BeforeEach
    public void accountOnTheRecordingNetwork() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("ui-test".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        Path storage = Files.createTempFile("pregon-secure", ".storage");
        WorkspaceSession.useSecrets(new AccountSecrets(SecurePreferencesFactory.open(storage.toUri().toURL(), options)));
        account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-recording");
        account.setNetworkKind("test-recording");
        account.setHandle("ServeiOcupacio");
        new AccountService(WorkspaceSession.current(), WorkspaceSession.networks(), WorkspaceSession.secrets(), "test")
                .save(account, new Credentials(Map.of("accessToken", "secret-token")));
        RecordingConnector.REQUESTS.clear();
        editor = NewPost.open(UiTestSupport.page());
    }

    @AfterEach
    public void closeComposerAndRemoveAccount() throws Exception {
        UiTestSupport.page().closeEditor(editor, false);
        new AccountService(WorkspaceSession.current(), WorkspaceSession.networks(), WorkspaceSession.secrets(), "test")
                .remove(account);
    }

    @Test
    public void composeCheckSaveAndPublishABilingualPost() throws Exception {
        assertEquals(144, VALENCIAN.strip().length());
        assertEquals(158, SPANISH.length());
        editor.firstText().setText(VALENCIAN.strip());
        editor.secondText().setText(SPANISH);
        editor.link().setText(LINK);
        editor.setTargeted(account, true);

        TableItem row = editor.variantsTable().getItem(0);
        assertEquals(LanguageStrategy.THREAD, editor.post().getVariants().get(0).getLanguageStrategy(),
                "both languages do not fit in 280, and the network has threads");
        // each publication: its text, a blank line, the link counted as 23
        assertEquals("169/280 \u00b7 183/280", row.getText(2));

        editor.setStrategy(account.getId(), LanguageStrategy.BOTH_IN_ONE);
        row = editor.variantsTable().getItem(0);
        assertEquals("329/280", row.getText(2), "144 + 2 + 158 + 2 + 23");
        assertTrue(editor.previewText().getText().contains("49"), "the preview says by how much: " + editor.previewText().getText());
        editor.setStrategy(account.getId(), LanguageStrategy.THREAD);

        Path image = Files.createTempFile("fira", ".png");
        Files.write(image, new byte[] { (byte) 0x89, 'P', 'N', 'G' });
        MediaItem item = editor.addImage(image.toFile());
        assertEquals(2, editor.check(account.getId()).problems().size(), "alt text missing in both languages");
        editor.setAltText(item, NewPost.FIRST_LANGUAGE, "Cartell de la fira d'ocupació");
        editor.setAltText(item, NewPost.SECOND_LANGUAGE, "Cartel de la feria de empleo");
        assertEquals(List.of(), editor.check(account.getId()).problems());
        assertTrue(editor.previewText().getText().contains("Cartell de la fira"), editor.previewText().getText());

        String id = editor.post().getId();
        waitUntil(() -> SPANISH.equals(WorkspaceSession.current().posts().find(id).orElseThrow().getTexts().get(1).getText()),
                "the draft is saved without any explicit save");

        long archivedBefore = WorkspaceSession.current().archive().count();
        Job job = editor.publishNow();
        assertNotNull(job, "no problem blocks publishing");
        job.join();
        waitUntil(() -> editor.post().getStatus() == PostStatus.PUBLISHED, "the editor shows the outcome");

        assertEquals(1, RecordingConnector.REQUESTS.size());
        PublishRequest sent = RecordingConnector.REQUESTS.get(0);
        assertEquals(List.of(VALENCIAN.strip() + "\n\n" + LINK, SPANISH + "\n\n" + LINK), sent.texts());
        assertEquals(List.of(NewPost.FIRST_LANGUAGE, NewPost.SECOND_LANGUAGE), sent.languages());
        assertEquals(1, sent.media().size());
        Post stored = WorkspaceSession.current().posts().find(id).orElseThrow();
        assertEquals(PostStatus.PUBLISHED, stored.getStatus());
        assertEquals(2, stored.getVariants().get(0).getRemoteIds().size());
        assertEquals(archivedBefore + 2, WorkspaceSession.current().archive().count());

        ArchiveView archive = UiTestSupport.show(ArchiveView.ID);
        archive.refresh();
        ArchiveRow newest = (ArchiveRow) archive.getTable().getItem(0).getData();
        assertTrue(newest == null ? archive.getTable().getItem(0).getText(5).contains("Feria de empleo juvenil")
                : newest.networkKind().equals("test-recording"), "the published items are at the top of the archive");
        assertFalse(editor.publishButton().isDisposed());
    }

    /** Runs the UI event loop until the condition holds (timers and asyncExecs run), failing after 20 s. */
    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { }); // so the deadline is checked even when nothing else happens
                display.sleep(); // woken by the next event, timer or asyncExec
            }
        }
    }
}
