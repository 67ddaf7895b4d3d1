package org.pregon.ui.composer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** Click an alternative-text cell of the images table to type it; Enter or leaving the cell keeps it. */
final class AltTextEditing {
    /** Receives a finished edit: row, column (1 or 2), value. */
    interface Edited {
        void edited(int row, int column, String value);
    }

    AltTextEditing(Table table, Edited edited) {
        TableEditor editor = new TableEditor(table);
        editor.grabHorizontal = true;
        table.addListener(SWT.MouseDown, event -> {
            TableItem item = table.getItem(new Point(event.x, event.y));
            if (item == null) {
                return;
            }
            for (int column = 1; column <= 2; column++) {
                if (item.getBounds(column).contains(event.x, event.y)) {
                    int row = table.indexOf(item);
                    int col = column;
                    Text text = new Text(table, SWT.NONE);
                    text.setText(item.getText(column));
                    Runnable finish = () -> {
                        String value = text.getText();
                        text.dispose();
                        edited.edited(row, col, value);
                    };
                    text.addListener(SWT.FocusOut, e -> finish.run());
                    text.addListener(SWT.DefaultSelection, e -> finish.run());
                    editor.setEditor(text, item, column);
                    text.setFocus();
                    return;
                }
            }
        });
    }
}
