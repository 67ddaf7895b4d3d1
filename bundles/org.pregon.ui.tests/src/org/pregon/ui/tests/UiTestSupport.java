package org.pregon.ui.tests;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Small helpers for tests that run on the UI thread of the real workbench. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @SuppressWarnings("unchecked")
    static <T extends IViewPart> T show(String id) throws PartInitException {
        T view = (T) page().showView(id);
        processEvents();
        return view;
    }

    /** Lets SWT lay out and paint what the test just did. */
    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }
}
