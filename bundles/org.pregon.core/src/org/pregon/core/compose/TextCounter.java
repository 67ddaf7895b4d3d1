package org.pregon.core.compose;

/** One way of counting a text's length; stateless, so one instance serves every thread. */
interface TextCounter {

    /** The count of the text under {@code rule}, and where in the text the count first passes the limit. */
    Measure measure(PostText text, TextRule rule);
}
