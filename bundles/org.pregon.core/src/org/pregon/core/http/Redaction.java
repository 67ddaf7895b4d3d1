package org.pregon.core.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in anything the HTTP layer writes to a log or puts in a message: tokens, passwords and
 * keys in query strings, in "name=value" / JSON pairs and in Authorization-style "Bearer …" text. Logs
 * are read by people and attached to support tickets; a token in them is a token leaked.
 */
public final class Redaction {
    public static final String MASK = "***"; //$NON-NLS-1$

    /** Parameter, field and header names whose values are secrets, compared in lower case. */
    private static final Set<String> SECRETS = Set.of("access_token", "refresh_token", "id_token", "token", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "password", "passwd", "secret", "client_secret", "app_secret", "appsecret_proof", "api_key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "apikey", "key", "accessjwt", "refreshjwt", "oauth_token", "oauth_token_secret", "oauth_signature", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "fb_exchange_token", "input_token", "code_verifier", "authorization", "proxy-authorization", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "cookie", "set-cookie", "api-key", "x-api-key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private static final String NAMES = String.join("|", SECRETS.stream().map(Pattern::quote).toList()); //$NON-NLS-1$

    /**
     * {@code name=value}, {@code "name": "value"}, {@code name="value"}, {@code Authorization: Bearer value}:
     * group 3 is the value, quoted or not, with its scheme.
     */
    private static final Pattern PAIR = Pattern.compile("(?i)(?<![\\w-])(" + NAMES //$NON-NLS-1$
            + ")([\"']?\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|(?:(?:Bearer|Basic|DPoP|OAuth)\\s+)?[^\"'&\\s,;}#]+)"); //$NON-NLS-1$

    /**
     * Authorization schemes followed by a credential. A credential has a digit, a sign or a lower-upper
     * case change in it (JWTs, base64, Meta's EAAB… tokens all do), which spares prose such as
     * "Bearer token is invalid".
     */
    private static final Pattern SCHEME = Pattern.compile(
            "\\b((?i:Bearer|Basic|DPoP))\\s+(?=[^\\s,\"']*(?:[0-9._~+/=-]|[a-z][A-Z]))([^\\s,\"']+)"); //$NON-NLS-1$

    /** Names whose value follows an unquoted "name:" only in header lines; in prose "token: expired" is no secret. */
    private static final Set<String> HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "api-key", "x-api-key"); //$NON-NLS-1$ //$NON-NLS-2$

    private Redaction() {
    }

    /** Whether a header, parameter or field of this name carries a secret. */
    public static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("[]")) { //$NON-NLS-1$
            lower = lower.substring(0, lower.length() - 2);
        }
        return SECRETS.contains(lower);
    }

    /** A path or URL with the values of secret query (and fragment) parameters replaced by {@link #MASK}. */
    public static String uri(String uri) {
        int start = indexOfAny(uri, '?', '#');
        if (start < 0) {
            return uri;
        }
        StringBuilder out = new StringBuilder(uri.length()).append(uri, 0, start + 1);
        int from = start + 1;
        while (from <= uri.length()) {
            int end = indexOfAny(uri.substring(from), '&', '#');
            end = end < 0 ? uri.length() : from + end;
            String pair = uri.substring(from, end);
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            out.append(equals >= 0 && isSecret(URLDecoder.decode(name, StandardCharsets.UTF_8)) ? name + '=' + MASK : pair);
            if (end < uri.length()) {
                out.append(uri.charAt(end));
            }
            from = end + 1;
        }
        return out.toString();
    }

    /** Free text (a log line, an error reply, an exception message) with secret values masked. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher pairs = PAIR.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (from < text.length() && pairs.find(from)) {
            if (pairs.group(2).strip().startsWith(":") && !HEADERS.contains(pairs.group(1).toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
                from = pairs.end(2); // prose such as "token: expired"; what follows may still hold a pair
                continue;
            }
            String value = pairs.group(3);
            char quote = value.charAt(0);
            out.append(text, copied, pairs.start(3)).append(quote == '"' || quote == '\'' ? quote + MASK + quote : MASK);
            copied = pairs.end();
            from = copied;
        }
        out.append(text, copied, text.length());
        return SCHEME.matcher(out).replaceAll("$1 " + Matcher.quoteReplacement(MASK)); //$NON-NLS-1$
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
