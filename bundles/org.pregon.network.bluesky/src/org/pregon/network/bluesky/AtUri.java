package org.pregon.network.bluesky;

/**
 * A record's address, at://{repo}/{collection}/{rkey}: the remote id Pregón keeps for each post,
 * since getRecord and deleteRecord take exactly these three parts.
 */
record AtUri(String repo, String collection, String rkey) {
    private static final String SCHEME = "at://"; //$NON-NLS-1$

    static AtUri parse(String uri) {
        String[] parts = uri != null && uri.startsWith(SCHEME) ? uri.substring(SCHEME.length()).split("/") : new String[0]; //$NON-NLS-1$
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("not an at:// record URI: " + uri); //$NON-NLS-1$
        }
        return new AtUri(parts[0], parts[1], parts[2]);
    }

    /** Where people see a post: the Bluesky web app, whichever PDS holds the repository. */
    String webUrl() {
        return "https://bsky.app/profile/" + repo + "/post/" + rkey; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String toString() {
        return SCHEME + repo + '/' + collection + '/' + rkey;
    }
}
