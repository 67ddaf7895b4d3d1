package org.pregon.core.networks;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a network allows, as its plugin declares it in plugin.xml: read without loading the plugin's
 * classes, so accounts can be filtered and posts validated before any connector exists.
 *
 * @param textLimit longest text, as counted by {@code counting}
 * @param counting how the network counts text: characters, twitter-weighted, graphemes, mastodon, threads
 * @param byteLimit second limit in UTF-8 bytes, or null
 * @param urlLength length every URL counts as, or null when URLs count as written
 * @param maxHashtags most hashtags per publication, or null for no limit
 * @param costPerPost price per API publication, or null when free
 * @param costPerPostWithLink price when the text holds a URL, or null when the same as costPerPost
 */
public record NetworkCapabilities(int textLimit, String counting, Integer byteLimit, Integer urlLength,
        boolean linksClickable, Integer maxHashtags, Set<String> mediaKinds, int maxMedia, Long maxImageBytes,
        boolean altText, boolean nativeScheduling, boolean threads, boolean comments, boolean privateMessages,
        boolean events, boolean live, boolean insights, BigDecimal costPerPost, BigDecimal costPerPostWithLink,
        String currency) {

    /** The counting methods Pregón implements; a declaration naming another is refused. */
    public static final Set<String> COUNTINGS = Set.of("characters", "twitter-weighted", "graphemes", "mastodon", "threads", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "utf8-bytes"); //$NON-NLS-1$

    /** The price of one publication, with or without a link, or zero for free APIs. */
    public BigDecimal costOf(boolean withLink) {
        if (costPerPost == null) {
            return BigDecimal.ZERO;
        }
        return withLink && costPerPostWithLink != null ? costPerPostWithLink : costPerPost;
    }
}
