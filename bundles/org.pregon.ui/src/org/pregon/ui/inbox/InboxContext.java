package org.pregon.ui.inbox;

import org.pregon.core.inbox.InboxActions;
import org.pregon.core.inbox.ReplyService;
import org.pregon.core.inbox.SavedReplies;
import org.pregon.core.store.Workspace;
import org.pregon.ui.WorkspaceSession;

/** What the inbox's parts work with: the open workspace and services acting as the current user. */
final class InboxContext {
    Workspace workspace() {
        return WorkspaceSession.current();
    }

    String user() {
        return WorkspaceSession.user();
    }

    ReplyService replies() {
        return new ReplyService(workspace(), WorkspaceSession.networks(), WorkspaceSession.secrets()::load, user());
    }

    InboxActions actions() {
        return new InboxActions(workspace(), user());
    }

    SavedReplies savedReplies() {
        return new SavedReplies(workspace(), user());
    }
}
