package org.pregon.ui.calendar;

import java.util.List;

import org.eclipse.swt.graphics.RGB;

/**
 * The marker drawn on a post for each network it goes to: the network's initial on a colour of its
 * own, fixed by its position among the installed networks so it does not change between sessions.
 */
public final class NetworkMarkers {
    private static final RGB[] PALETTE = { new RGB(24, 119, 242), new RGB(20, 20, 20), new RGB(99, 100, 255),
            new RGB(0, 133, 255), new RGB(0, 150, 136), new RGB(233, 30, 99), new RGB(121, 85, 72) };

    private final List<String> kinds;

    public NetworkMarkers(List<String> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    public RGB colour(String kind) {
        int index = kinds.indexOf(kind);
        return PALETTE[Math.floorMod(index < 0 ? kind.hashCode() : index, PALETTE.length)];
    }

    public static String initial(String kind) {
        return kind == null || kind.isEmpty() ? "?" : kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT); //$NON-NLS-1$
    }
}
