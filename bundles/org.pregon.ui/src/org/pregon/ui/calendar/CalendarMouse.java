package org.pregon.ui.calendar;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.pregon.model.Post;

/**
 * Drag and drop of chips on the calendar canvas with plain mouse events (press on a chip, move,
 * release on a day or slot), and double-click to open. Plain mouse events rather than SWT's native
 * DnD because the whole drag stays inside one canvas, and tests can send the same events.
 */
public final class CalendarMouse implements Listener {
    /** Pixels the mouse must move before a press becomes a drag, so a click never moves a post. */
    private static final int THRESHOLD = 4;

    /** Where a drag ended: the post and the canvas point it was released on. */
    public record Drop(Post post, int x, int y) {
    }

    private final Canvas canvas;
    private final Supplier<CalendarGrid> grid;
    private final Consumer<Drop> onDrop;
    private final Consumer<Post> onOpen;
    private final Consumer<Point> onHover;
    private Post pressed;
    private Point pressedAt;
    private boolean dragging;

    public CalendarMouse(Canvas canvas, Supplier<CalendarGrid> grid, Consumer<Drop> onDrop, Consumer<Post> onOpen,
            Consumer<Point> onHover) {
        this.canvas = canvas;
        this.grid = grid;
        this.onDrop = onDrop;
        this.onOpen = onOpen;
        this.onHover = onHover;
        for (int type : new int[] { SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseDoubleClick }) {
            canvas.addListener(type, this);
        }
    }

    @Override
    public void handleEvent(Event e) {
        switch (e.type) {
            case SWT.MouseDown -> {
                if (e.button == 1) {
                    pressed = grid.get().chipAt(e.x, e.y).map(CalendarGrid.Chip::post).orElse(null);
                    pressedAt = new Point(e.x, e.y);
                    dragging = false;
                }
            }
            case SWT.MouseMove -> {
                if (pressed != null && !dragging && (Math.abs(e.x - pressedAt.x) > THRESHOLD || Math.abs(e.y - pressedAt.y) > THRESHOLD)) {
                    dragging = true;
                    canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
                }
                if (dragging) {
                    onHover.accept(new Point(e.x, e.y));
                }
            }
            case SWT.MouseUp -> {
                Post post = pressed;
                boolean dropped = dragging;
                pressed = null;
                dragging = false;
                canvas.setCursor(null);
                onHover.accept(null);
                if (dropped && post != null) {
                    onDrop.accept(new Drop(post, e.x, e.y));
                }
            }
            case SWT.MouseDoubleClick -> grid.get().chipAt(e.x, e.y).map(CalendarGrid.Chip::post).ifPresent(onOpen);
            default -> {
                // not listened to
            }
        }
    }
}
