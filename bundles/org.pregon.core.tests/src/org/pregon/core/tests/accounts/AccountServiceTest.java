package org.pregon.core.tests.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.accounts.AccountService;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.PregonFactory;

/** Accounts live in the workspace, their secrets in secure storage only, and verification marks them. */
public class AccountServiceTest {
    private static final String TOKEN = "EAAGm0PX4ZCpsBAsecret-page-token";

    @TempDir
    Path folder;

    private ISecurePreferences storage;

    @BeforeEach
    public void openStorage() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        // a fixed password instead of the interactive master-password prompt
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        storage = SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(), options);
    }

    @Test
    public void secretsGoToSecureStorageAndNeverIntoTheWorkspace() throws Exception {
        Path workspaceFolder = folder.resolve("ws");
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            AccountService service = service(workspace);
            service.save(account("acc-fb", "test-echo"), new Credentials(Map.of("accessToken", TOKEN, "pageId", "1234")));
            assertEquals(TOKEN, service.credentials(workspace.accounts().find("acc-fb").orElseThrow()).orElseThrow()
                    .get("accessToken"));
            assertEquals("create", workspace.audit().newest(1).get(0).getAction());
        }
        try (Stream<Path> files = Files.walk(workspaceFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(TOKEN),
                        "token found in " + file);
            }
        }
        String stored = Files.readString(folder.resolve("secure_storage"), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains(TOKEN), "secure storage keeps the token encrypted");
    }

    @Test
    public void verificationMarksTheAccountValidOrExpired() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            AccountService service = service(workspace);
            Account good = account("acc-echo", "test-echo");
            service.save(good, new Credentials(Map.of("accessToken", TOKEN)));
            assertEquals("echo-ocupacio", service.verify(good, new NullProgressMonitor()).remoteId());
            assertEquals(CredentialState.VALID, workspace.accounts().find("acc-echo").orElseThrow().getCredentialState());

            Account expired = account("acc-old", "test-expired");
            service.save(expired, new Credentials(Map.of("accessToken", TOKEN)));
            assertThrows(CredentialsExpiredException.class, () -> service.verify(expired, new NullProgressMonitor()));
            assertEquals(CredentialState.EXPIRED, workspace.accounts().find("acc-old").orElseThrow().getCredentialState());
            assertEquals(List.of("verify", "create"),
                    workspace.audit().newest(2).stream().map(e -> e.getAction()).toList());
        }
    }

    @Test
    public void newCredentialsResumeWhatThePublisherPausedForTheAccount() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            AccountService service = service(workspace);
            Account account = account("acc-paused", "test-echo");
            service.save(account, new Credentials(Map.of("accessToken", "old")));
            org.pregon.model.Post post = org.pregon.core.tests.publish.PublisherTest.post("post", java.time.Instant.now().minusSeconds(60), "v1");
            post.getVariants().get(0).setAccountId("acc-paused");
            workspace.posts().save(post);
            workspace.publications().pauseAccount("acc-paused", "token revoked");
            assertTrue(workspace.publications().pausedReason("v1").isPresent());
            service.save(account, null);
            assertTrue(workspace.publications().pausedReason("v1").isPresent(), "editing without new credentials changes nothing");
            service.save(account, new Credentials(Map.of("accessToken", TOKEN)));
            assertTrue(workspace.publications().pausedReason("v1").isEmpty(), "new credentials resume the account");
        }
    }

    @Test
    public void removingAnAccountRemovesItsSecretsToo() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            AccountService service = service(workspace);
            Account account = account("acc-gone", "test-echo");
            service.save(account, new Credentials(Map.of("accessToken", TOKEN)));
            service.remove(account);
            assertTrue(workspace.accounts().find("acc-gone").isEmpty());
            assertTrue(service.credentials(account).isEmpty());
        }
    }

    private AccountService service(Workspace workspace) {
        return new AccountService(workspace, NetworkRegistry.read(RegistryFactory.getRegistry()), new AccountSecrets(storage),
                "marta");
    }

    private static Account account(String id, String kind) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId(id);
        account.setNetworkKind(kind);
        account.setHandle("ocupacio");
        account.setDisplayName("Servei d'Ocupació");
        return account;
    }
}
