package org.pregon.core.approval;

import java.util.Collection;
import java.util.Date;
import java.util.Objects;

import org.pregon.model.Approval;
import org.pregon.model.ApprovalMode;
import org.pregon.model.ApprovalPolicy;

/** What one account's approval policy asks for, and whether a set of approvals meets it. */
public final class Policies {
    private Policies() {
    }

    public static boolean requiresApproval(ApprovalPolicy policy) {
        return policy != null && policy.getMode() != null && policy.getMode() != ApprovalMode.NONE;
    }

    /** Whether {@code user} may approve under this policy (roles are checked by the caller). */
    public static boolean eligible(ApprovalPolicy policy, String user) {
        if (!requiresApproval(policy)) {
            return false;
        }
        // one approver with no group: any approver; otherwise only the group's members
        return policy.getMode() == ApprovalMode.ONE_APPROVER && policy.getGroup().isEmpty() || policy.getGroup().contains(user);
    }

    /** How many distinct eligible approvals the policy needs. */
    public static int required(ApprovalPolicy policy) {
        if (!requiresApproval(policy)) {
            return 0;
        }
        return policy.getMode() == ApprovalMode.ONE_APPROVER ? 1 : Math.max(1, policy.getRequired());
    }

    /**
     * Whether the approvals of {@code revision} meet the policy: approvals by the author, by users
     * the policy does not list, or of another revision do not count (revision null: any revision).
     */
    public static boolean satisfied(ApprovalPolicy policy, String author, Date revision, Collection<Approval> approvals) {
        if (!requiresApproval(policy)) {
            return true;
        }
        long count = approvals.stream().filter(a -> revision == null || Objects.equals(revision, a.getRevision()))
                .map(Approval::getWho).filter(who -> !who.equals(author) && eligible(policy, who)).distinct().count();
        return count >= required(policy);
    }
}
