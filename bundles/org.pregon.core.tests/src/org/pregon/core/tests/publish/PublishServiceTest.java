package org.pregon.core.tests.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.publish.PublishService;
import org.pregon.core.store.ArchiveRow;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.networks.EchoConnector;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;

/** Publishing records every outcome as it happens; a retry publishes only what did not go out. */
public class PublishServiceTest {
    private static final PregonFactory F = PregonFactory.eINSTANCE;

    @TempDir
    Path folder;

    private AccountSecrets secrets;

    @BeforeEach
    public void openSecrets() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        secrets = new AccountSecrets(SecurePreferencesFactory.open(folder.resolve("secure").toUri().toURL(), options));
        EchoConnector.PUBLISHED.clear();
    }

    @Test
    public void partialFailureKeepsWhatWentOutAndARetryPublishesOnlyTheRest() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            workspace.accounts().save(account("acc-thread", "test-echo", CredentialState.VALID));
            workspace.accounts().save(account("acc-new", "test-echo", CredentialState.UNKNOWN));
            workspace.accounts().save(account("acc-expired", "test-expired", CredentialState.VALID));
            secrets.store("acc-thread", new Credentials(Map.of("accessToken", "t1")));
            secrets.store("acc-expired", new Credentials(Map.of("accessToken", "t2")));
            Post post = bilingualPost();
            post.getVariants().add(variant("v-thread", "acc-thread", LanguageStrategy.THREAD));
            post.getVariants().add(variant("v-new", "acc-new", LanguageStrategy.BOTH_IN_ONE));
            post.getVariants().add(variant("v-expired", "acc-expired", LanguageStrategy.FIRST_LANGUAGE_ONLY));
            PublishService service = new PublishService(workspace, NetworkRegistry.read(RegistryFactory.getRegistry()), secrets,
                    "marta");

            Post first = service.publishNow(post, new NullProgressMonitor());
            assertEquals(PostStatus.FAILED, first.getStatus());
            PostVariant thread = first.getVariants().get(0);
            assertEquals(PostStatus.PUBLISHED, thread.getStatus());
            assertEquals(List.of("v-thread-0", "v-thread-1"), thread.getRemoteIds(), "one remote id per language");
            PublishRequest sent = EchoConnector.PUBLISHED.get(0);
            assertEquals(List.of("Fira d'ocupació dijous a València.\n\nhttps://ocupacio.example.gva/fira",
                    "Feria de empleo el jueves en Valencia.\n\nhttps://ocupacio.example.gva/fira"), sent.texts());
            assertEquals(List.of("ca-ES-valencia", "es"), sent.languages());
            assertTrue(first.getVariants().get(1).getFailureReason().contains("No credentials are stored"),
                    first.getVariants().get(1).getFailureReason());
            assertTrue(first.getVariants().get(2).getFailureReason().contains("have expired"));
            assertEquals(CredentialState.EXPIRED, workspace.accounts().find("acc-expired").orElseThrow().getCredentialState());

            Post saved = workspace.posts().find("post-fira").orElseThrow();
            assertEquals(List.of("v-thread-0", "v-thread-1"), saved.getVariants().get(0).getRemoteIds(), "recorded in the store");
            List<ArchiveRow> archived = workspace.archive().newestFirst(0, 10);
            assertEquals(2, archived.size(), "every published text is archived");
            assertEquals("v-thread-1", workspace.archive().find("arch-test-echo-v-thread-1").orElseThrow().getRemoteId());
            assertEquals("v-thread-0", workspace.archive().find("arch-test-echo-v-thread-1").orElseThrow().getParentRemoteId());

            secrets.store("acc-new", new Credentials(Map.of("accessToken", "t3")));
            Post retried = service.publishNow(saved, new NullProgressMonitor());
            assertEquals(2, EchoConnector.PUBLISHED.size(), "the thread was not published again");
            PublishRequest both = EchoConnector.PUBLISHED.get(1);
            assertEquals(List.of("Fira d'ocupació dijous a València.\n\nFeria de empleo el jueves en Valencia.\n\n"
                    + "https://ocupacio.example.gva/fira"), both.texts());
            assertEquals(PostStatus.PUBLISHED, retried.getVariants().get(1).getStatus());
            assertNull(retried.getVariants().get(1).getFailureReason());
            assertEquals(PostStatus.FAILED, retried.getStatus(), "the expired account still blocks its variant");
            assertTrue(EchoConnector.PUBLISHED.get(0).idempotencyKey().startsWith("v-thread-"));
        }
    }

    private static Post bilingualPost() {
        Post post = F.createPost();
        post.setId("post-fira");
        post.setStatus(PostStatus.APPROVED);
        post.setLink("https://ocupacio.example.gva/fira");
        for (String[] t : new String[][] { { "ca-ES-valencia", "Fira d'ocupació dijous a València." },
                { "es", "Feria de empleo el jueves en Valencia." } }) {
            LocalizedText text = F.createLocalizedText();
            text.setLanguage(t[0]);
            text.setText(t[1]);
            post.getTexts().add(text);
        }
        return post;
    }

    private static PostVariant variant(String id, String accountId, LanguageStrategy strategy) {
        PostVariant variant = F.createPostVariant();
        variant.setId(id);
        variant.setAccountId(accountId);
        variant.setLanguageStrategy(strategy);
        variant.setStatus(PostStatus.APPROVED);
        return variant;
    }

    private static Account account(String id, String kind, CredentialState state) {
        Account account = F.createAccount();
        account.setId(id);
        account.setNetworkKind(kind);
        account.setHandle(id);
        account.setCredentialState(state);
        return account;
    }
}
