package org.pregon.core.publish;

import java.util.List;

/** One publication of a variant: its text and the languages it is written in. */
public record Part(String text, List<String> languages) {
    public Part {
        languages = List.copyOf(languages);
    }
}
