package org.pregon.core.compose;

/** UTF-8 bytes, for limits stated in bytes (YouTube descriptions: 5,000 bytes). */
final class Utf8ByteCounter implements TextCounter {

    @Override
    public Measure measure(PostText post, TextRule rule) {
        return measure(post.text(), rule.limit());
    }

    static Measure measure(String text, int limit) {
        Tally tally = new Tally(limit);
        int i = 0;
        while (i < text.length()) {
            int n = Utf8.bytesAt(text, i);
            tally.add(n, i);
            i += n == 4 ? 2 : 1;
        }
        return tally.measure();
    }
}
