package org.pregon.core.store;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.internal.CoreMessages;
import org.pregon.model.Account;
import org.pregon.model.AdRequest;
import org.pregon.model.AuditEntry;
import org.pregon.model.Campaign;
import org.pregon.model.Conversation;
import org.pregon.model.Dataset;
import org.pregon.model.Event;
import org.pregon.model.LiveBroadcast;
import org.pregon.model.Post;
import org.pregon.model.Segment;

/** Writes a whole {@link Dataset} (the demo, an import) into a workspace in one transaction: all or nothing. */
public final class DatasetImporter {
    private DatasetImporter() {
    }

    public static void importInto(Workspace workspace, Dataset dataset, IProgressMonitor monitor) {
        int total = dataset.getAccounts().size() + dataset.getSegments().size() + dataset.getCampaigns().size()
                + dataset.getPosts().size() + dataset.getArchivedItems().size() + dataset.getConversations().size()
                + dataset.getEvents().size() + dataset.getBroadcasts().size() + dataset.getAdRequests().size()
                + dataset.getAuditEntries().size();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(CoreMessages.Import_task, dataset.getName()), total);
        workspace.database().write("import " + dataset.getName(), c -> { //$NON-NLS-1$
            for (Account a : dataset.getAccounts()) {
                workspace.accounts().save(c, a);
            }
            for (Segment s : dataset.getSegments()) {
                workspace.segments().save(c, s);
            }
            for (Campaign s : dataset.getCampaigns()) {
                workspace.campaigns().save(c, s);
            }
            progress.worked(dataset.getAccounts().size() + dataset.getSegments().size() + dataset.getCampaigns().size());
            for (Post p : dataset.getPosts()) {
                workspace.posts().save(c, p);
                progress.worked(1);
            }
            workspace.archive().saveAll(c, dataset.getArchivedItems());
            progress.worked(dataset.getArchivedItems().size());
            for (Conversation conversation : dataset.getConversations()) {
                workspace.conversations().save(c, conversation);
            }
            for (Event e : dataset.getEvents()) {
                workspace.events().save(c, e);
            }
            for (LiveBroadcast b : dataset.getBroadcasts()) {
                workspace.broadcasts().save(c, b);
            }
            for (AdRequest a : dataset.getAdRequests()) {
                workspace.adRequests().save(c, a);
            }
            for (AuditEntry e : dataset.getAuditEntries()) {
                workspace.audit().append(c, e);
            }
            progress.worked(dataset.getConversations().size() + dataset.getEvents().size() + dataset.getBroadcasts().size()
                    + dataset.getAdRequests().size() + dataset.getAuditEntries().size());
            return null;
        });
    }
}
