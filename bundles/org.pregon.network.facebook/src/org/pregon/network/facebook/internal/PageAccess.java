package org.pregon.network.facebook.internal;

import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.model.Account;

/**
 * Where and as whom to call the Graph API for one account: the API base (the account's server URL,
 * which tests point at 127.0.0.1, else Meta's versioned endpoint), the Page id and its access token.
 * toString leaves the token out, so this can never leak it into a log or a message.
 */
public final class PageAccess {
    /** The Graph API version this connector was written and tested against. */
    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com/v21.0"; //$NON-NLS-1$
    public static final String PAGE_ID = "pageId"; //$NON-NLS-1$
    public static final String PAGE_ACCESS_TOKEN = "pageAccessToken"; //$NON-NLS-1$

    private final String baseUrl;
    private final String pageId;
    private final String token;

    private PageAccess(String baseUrl, String pageId, String token) {
        this.baseUrl = baseUrl;
        this.pageId = pageId;
        this.token = token;
    }

    /** Fails as expired credentials when a credential is missing: the account needs them entered again. */
    public static PageAccess of(Account account, Credentials credentials) throws CredentialsExpiredException {
        String server = account.getServerUrl();
        String base = server == null || server.isBlank() ? DEFAULT_BASE_URL : server.trim();
        while (base.endsWith("/")) { //$NON-NLS-1$
            base = base.substring(0, base.length() - 1);
        }
        return new PageAccess(base, required(credentials, PAGE_ID, FacebookMessages.Credentials_missingPageId),
                required(credentials, PAGE_ACCESS_TOKEN, FacebookMessages.Credentials_missingToken));
    }

    private static String required(Credentials credentials, String id, String missing) throws CredentialsExpiredException {
        String value = credentials == null ? null : credentials.get(id);
        if (value == null || value.isBlank()) {
            throw new CredentialsExpiredException(missing, null);
        }
        return value.trim();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String pageId() {
        return pageId;
    }

    /** The Page access token: for the Authorization header only. */
    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "PageAccess[" + baseUrl + ", page " + pageId + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
