package org.pregon.core.compose;

import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.internal.CoreMessages;

/** Builds the problems with their messages in the user's language, numbers formatted for it too. */
final class ProblemMessages {

    private ProblemMessages() {
    }

    static TextProblem overLimit(TextRule rule, int excess, int offset, int length) {
        boolean bytes = rule.counting().unit() == CountingKind.Unit.BYTES;
        String message = excess == 1
                ? NLS.bind(bytes ? CoreMessages.Compose_overByteLimitByOne : CoreMessages.Compose_overLimitByOne,
                        number(rule.limit()), rule.network())
                : NLS.bind(bytes ? CoreMessages.Compose_overByteLimit : CoreMessages.Compose_overLimit,
                        new Object[] { number(excess), number(rule.limit()), rule.network() });
        return new TextProblem(TextProblem.Kind.OVER_LIMIT, Severity.ERROR, excess, rule.limit(), offset, length, message);
    }

    static TextProblem overByteLimit(TextRule rule, int excess, int offset, int length) {
        String message = excess == 1
                ? NLS.bind(CoreMessages.Compose_overByteLimitByOne, number(rule.maxBytes()), rule.network())
                : NLS.bind(CoreMessages.Compose_overByteLimit,
                        new Object[] { number(excess), number(rule.maxBytes()), rule.network() });
        return new TextProblem(TextProblem.Kind.OVER_BYTE_LIMIT, Severity.ERROR, excess, rule.maxBytes(), offset, length,
                message);
    }

    static TextProblem tooManyHashtags(TextRule rule, int excess, int offset, int length) {
        String message = excess == 1
                ? NLS.bind(CoreMessages.Compose_tooManyHashtagsByOne, number(rule.maxHashtags()), rule.network())
                : NLS.bind(CoreMessages.Compose_tooManyHashtags,
                        new Object[] { number(excess), number(rule.maxHashtags()), rule.network() });
        return new TextProblem(TextProblem.Kind.TOO_MANY_HASHTAGS, Severity.ERROR, excess, rule.maxHashtags(), offset,
                length, message);
    }

    static TextProblem linkNotClickable(TextRule rule, int offset, int length) {
        return new TextProblem(TextProblem.Kind.LINK_NOT_CLICKABLE, Severity.WARNING, 0, 0, offset, length,
                NLS.bind(CoreMessages.Compose_linkNotClickable, rule.network()));
    }

    static TextProblem characterNotAllowed(TextRule rule, char character, int offset) {
        String code = String.format(Locale.ROOT, "%04X", (int) character); //$NON-NLS-1$
        return new TextProblem(TextProblem.Kind.CHARACTER_NOT_ALLOWED, Severity.ERROR, 0, 0, offset, 1,
                NLS.bind(CoreMessages.Compose_characterNotAllowed, rule.network(), code));
    }

    /** Grouped as the user's language writes numbers: 63,206 / 63.206. */
    private static String number(int value) {
        return NumberFormat.getIntegerInstance().format(value);
    }
}
