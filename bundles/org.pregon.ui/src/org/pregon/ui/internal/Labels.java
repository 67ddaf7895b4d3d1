package org.pregon.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.pregon.model.CredentialState;
import org.pregon.model.ItemKind;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.PostStatus;

/** Display texts for model values and instants, in the workbench's language. */
public final class Labels {
    /** Our users' time zone; the store keeps UTC instants. Becomes a workspace setting with scheduling. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Madrid"); //$NON-NLS-1$

    private Labels() {
    }

    public static DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.getDefault())
                .withZone(ZONE);
    }

    public static String of(PostStatus status) {
        if (status == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (status) {
            case DRAFT -> Messages.Status_DRAFT;
            case IN_REVIEW -> Messages.Status_IN_REVIEW;
            case APPROVED -> Messages.Status_APPROVED;
            case SCHEDULED -> Messages.Status_SCHEDULED;
            case PUBLISHING -> Messages.Status_PUBLISHING;
            case PUBLISHED -> Messages.Status_PUBLISHED;
            case FAILED -> Messages.Status_FAILED;
            case CANCELLED -> Messages.Status_CANCELLED;
            case EXPIRED -> Messages.Status_EXPIRED;
        };
    }

    public static String of(LanguageStrategy strategy) {
        if (strategy == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (strategy) {
            case BOTH_IN_ONE -> Messages.Strategy_BOTH_IN_ONE;
            case FIRST_LANGUAGE_ONLY -> Messages.Strategy_FIRST_LANGUAGE_ONLY;
            case SECOND_LANGUAGE_ONLY -> Messages.Strategy_SECOND_LANGUAGE_ONLY;
            case SEPARATE_POSTS -> Messages.Strategy_SEPARATE_POSTS;
            case THREAD -> Messages.Strategy_THREAD;
        };
    }

    public static String of(CredentialState state) {
        if (state == null) {
            return Messages.Credential_UNKNOWN;
        }
        return switch (state) {
            case UNKNOWN -> Messages.Credential_UNKNOWN;
            case VALID -> Messages.Credential_VALID;
            case EXPIRED -> Messages.Credential_EXPIRED;
        };
    }

    /** Kind as stored in the archive's kind column (the literal name). */
    public static String ofKind(String literal) {
        ItemKind kind = literal == null ? null : ItemKind.get(literal);
        if (kind == null) {
            return literal == null ? "" : literal; //$NON-NLS-1$
        }
        return switch (kind) {
            case POST -> Messages.Kind_POST;
            case COMMENT -> Messages.Kind_COMMENT;
            case MESSAGE -> Messages.Kind_MESSAGE;
        };
    }

    /** One line of a possibly long text, for table cells. */
    public static String oneLine(String text, int max) {
        if (text == null) {
            return ""; //$NON-NLS-1$
        }
        String line = text.replaceAll("\\s+", " ").trim(); //$NON-NLS-1$ //$NON-NLS-2$
        return line.length() <= max ? line : line.substring(0, max - 1) + '\u2026';
    }
}
