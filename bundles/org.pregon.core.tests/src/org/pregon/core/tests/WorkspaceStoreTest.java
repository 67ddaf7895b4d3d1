package org.pregon.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.ArchiveRow;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.AdRequest;
import org.pregon.model.AdStatus;
import org.pregon.model.ArchivedItem;
import org.pregon.model.AuditEntry;
import org.pregon.model.CredentialState;
import org.pregon.model.ItemKind;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PregonFactory;
import org.pregon.model.Revision;

/** What is saved comes back whole after the workspace is closed and opened again. */
public class WorkspaceStoreTest {
    private static final PregonFactory F = PregonFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    public void postWithTextsVariantsAndMediaSurvivesReopen() throws Exception {
        Post post = CrashWriter.post("post-1", 3);
        post.setLink("https://ocupacio.example.gva/fira");
        post.getSegmentIds().add("seg-young");
        post.setScheduledAt(new Date(1_796_000_000_000L));
        post.getVariants().get(0).getRemoteIds().add("1234567890");
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.posts().save(post);
        }
        try (Workspace workspace = Workspace.open(folder)) {
            Post read = workspace.posts().find("post-1").orElseThrow();
            assertEquals(post.getTexts().get(1).getText(), read.getTexts().get(1).getText());
            assertEquals("es", read.getTexts().get(1).getLanguage());
            assertEquals(List.of("seg-young"), read.getSegmentIds());
            assertEquals(3, read.getVariants().size());
            assertEquals("post-1-v2", read.getVariants().get(2).getId());
            assertEquals(List.of("1234567890"), read.getVariants().get(0).getRemoteIds());
            assertEquals(post.getScheduledAt(), read.getScheduledAt());
            assertEquals(read, read.getVariants().get(0).getPost(), "variants know their post");
        }
    }

    @Test
    public void savingAgainReplacesVariantsInsteadOfAddingToThem() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.posts().save(CrashWriter.post("p", 4));
            Post fewer = CrashWriter.post("p", 2);
            fewer.setStatus(PostStatus.CANCELLED);
            workspace.posts().save(fewer);
            Post read = workspace.posts().find("p").orElseThrow();
            assertEquals(2, read.getVariants().size());
            assertEquals(PostStatus.CANCELLED, read.getStatus());
            assertEquals(1, workspace.posts().count());
        }
    }

    @Test
    public void calendarQueryReturnsPostsOfTheRangeInOrder() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            for (int day = 1; day <= 40; day++) {
                Post post = CrashWriter.post("day-" + day, 1);
                post.setScheduledAt(new Date(day * 86_400_000L));
                workspace.posts().save(post);
            }
            List<Post> range = workspace.posts().between(new Date(10 * 86_400_000L), new Date(20 * 86_400_000L));
            assertEquals(10, range.size());
            assertEquals("day-10", range.get(0).getId());
            assertEquals("day-19", range.get(9).getId());
        }
    }

    @Test
    public void archiveKeepsRevisionsAndPagesNewestFirst() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            for (int i = 0; i < 450; i++) {
                ArchivedItem item = item("item-" + i, i * 60_000L);
                if (i == 7) {
                    Revision revision = F.createRevision();
                    revision.setText("primera versió");
                    revision.setEditedAt(new Date(1000));
                    item.getRevisions().add(revision);
                    item.setEditedAt(new Date(2000));
                    item.setDeletedAt(new Date(3000));
                }
                workspace.archive().save(item);
            }
            assertEquals(450, workspace.archive().count());
            List<ArchiveRow> first = workspace.archive().newestFirst(0, 200);
            assertEquals(200, first.size());
            assertEquals("item-449", first.get(0).id());
            List<ArchiveRow> last = workspace.archive().newestFirst(400, 200);
            assertEquals(50, last.size());
            assertEquals("item-0", last.get(49).id());
            ArchiveRow edited = workspace.archive().newestFirst(442, 1).get(0);
            assertEquals("item-7", edited.id());
            assertTrue(edited.edited() && edited.deleted());
            ArchivedItem read = workspace.archive().find("item-7").orElseThrow();
            assertEquals("primera versió", read.getRevisions().get(0).getText());
            assertEquals(ItemKind.COMMENT, read.getKind());
        }
    }

    @Test
    public void documentTablesAndAuditLogRoundTrip() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            Account account = F.createAccount();
            account.setId("acc-fb");
            account.setNetworkKind("facebook");
            account.setHandle("ocupacio.gva");
            account.getLanguages().addAll(List.of("ca-ES-valencia", "es"));
            account.setCredentialState(CredentialState.EXPIRED);
            workspace.accounts().save(account);
            AdRequest ad = F.createAdRequest();
            ad.setId("ad-1");
            ad.setBudgetEur(new BigDecimal("350.00"));
            ad.setStatus(AdStatus.ORDERED);
            workspace.adRequests().save(ad);
            AuditEntry entry = F.createAuditEntry();
            entry.setId("audit-1");
            entry.setWho("marta");
            entry.setAction("approve");
            entry.setAt(new Date(5000));
            workspace.audit().append(entry);
        }
        try (Workspace workspace = Workspace.open(folder)) {
            Account account = workspace.accounts().find("acc-fb").orElseThrow();
            assertEquals(CredentialState.EXPIRED, account.getCredentialState());
            assertEquals(List.of("ca-ES-valencia", "es"), account.getLanguages());
            assertEquals(new BigDecimal("350.00"), workspace.adRequests().find("ad-1").orElseThrow().getBudgetEur());
            assertEquals("approve", workspace.audit().newest(10).get(0).getAction());
            assertFalse(workspace.isEmpty());
        }
    }

    static ArchivedItem item(String id, long createdAt) {
        ArchivedItem item = F.createArchivedItem();
        item.setId(id);
        item.setKind(ItemKind.COMMENT);
        item.setNetworkKind("facebook");
        item.setAccountId("acc-fb");
        item.setAuthor("Citizen " + id);
        item.setLanguage("es");
        item.setText("¿Cuándo abre la inscripción del curso? " + id);
        item.setCreatedAt(new Date(createdAt));
        return item;
    }
}
