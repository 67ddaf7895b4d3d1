package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.accounts.AccountService;
import org.pregon.core.networks.Credentials;
import org.pregon.model.Account;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;

/** While the workbench is open, a post whose time has come goes out without anyone pressing a button. */
public class WorkbenchPublisherUITest {

    @Test
    public void aScheduledPostGoesOutFromTheOpenWorkbench() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("publisher".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        Path storage = Files.createTempFile("pregon-publisher", ".storage");
        WorkspaceSession.useSecrets(new AccountSecrets(SecurePreferencesFactory.open(storage.toUri().toURL(), options)));
        PregonFactory f = PregonFactory.eINSTANCE;
        Account account = f.createAccount();
        account.setId("acc-scheduled");
        account.setNetworkKind("test-recording");
        account.setHandle("ServeiOcupacio");
        AccountService accounts = new AccountService(WorkspaceSession.current(), WorkspaceSession.networks(),
                WorkspaceSession.secrets(), "test");
        accounts.save(account, new Credentials(Map.of("accessToken", "token")));
        try {
            Post post = f.createPost();
            post.setId("post-due-now");
            post.setStatus(PostStatus.SCHEDULED);
            post.setScheduledAt(new Date(System.currentTimeMillis() - 1_000));
            LocalizedText text = f.createLocalizedText();
            text.setLanguage("ca-ES-valencia");
            text.setText("Recordatori: demà tanquem les oficines a les 14 h.");
            post.getTexts().add(text);
            PostVariant variant = f.createPostVariant();
            variant.setId("post-due-now-v");
            variant.setAccountId(account.getId());
            variant.setStatus(PostStatus.SCHEDULED);
            variant.setLanguageStrategy(LanguageStrategy.FIRST_LANGUAGE_ONLY);
            post.getVariants().add(variant);
            RecordingConnector.REQUESTS.clear();
            WorkspaceSession.current().posts().save(post);

            assertNotNull(WorkspaceSession.publisher(), "the workbench starts its publisher");
            WorkspaceSession.publisher().publishDueNow();
            waitUntil(() -> WorkspaceSession.current().posts().find("post-due-now").orElseThrow()
                    .getStatus() == PostStatus.PUBLISHED);
            assertEquals(List.of("Recordatori: demà tanquem les oficines a les 14 h."), RecordingConnector.REQUESTS.get(0).texts());
            assertEquals(1, RecordingConnector.REQUESTS.size(), "published once");
        } finally {
            accounts.remove(account);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the scheduled post did not go out");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }
}
