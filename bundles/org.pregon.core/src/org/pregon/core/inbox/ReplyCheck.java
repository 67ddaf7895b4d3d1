package org.pregon.core.inbox;

import java.util.List;

import org.pregon.core.compose.TextValidation;

/**
 * What the reply box shows while the user types: the count as the network computes it, every problem
 * (text and reply window), whether it may be sent, and whether it first needs approval.
 */
public record ReplyCheck(TextValidation validation, ReplyWindow window, List<String> problems, boolean valid,
        boolean needsApproval) {
    public ReplyCheck {
        problems = List.copyOf(problems);
    }

    /** "123/63206" */
    public String countSummary() {
        return validation == null ? "" : validation.count() + "/" + validation.limit(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
