package org.pregon.ui.calendar;

import org.eclipse.swt.graphics.RGB;
import org.pregon.model.PostStatus;

/** The colour of each post status in the calendar and its legend. */
public final class StatusColors {
    private StatusColors() {
    }

    public static RGB of(PostStatus status) {
        if (status == null) {
            return new RGB(220, 220, 220);
        }
        return switch (status) {
            case DRAFT -> new RGB(224, 224, 224);
            case IN_REVIEW -> new RGB(255, 224, 130);
            case APPROVED -> new RGB(179, 229, 252);
            case SCHEDULED -> new RGB(144, 202, 249);
            case PUBLISHING -> new RGB(206, 147, 216);
            case PUBLISHED -> new RGB(165, 214, 167);
            case FAILED -> new RGB(239, 154, 154);
            case CANCELLED -> new RGB(188, 170, 164);
            case EXPIRED -> new RGB(158, 158, 158);
        };
    }
}
