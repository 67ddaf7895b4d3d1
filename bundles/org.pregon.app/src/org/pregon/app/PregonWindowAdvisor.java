package org.pregon.app;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.pregon.app.internal.AppMessages;
import org.pregon.ui.WorkspaceSession;

class PregonWindowAdvisor extends WorkbenchWindowAdvisor {
    /** Printed when the first window is open: the start script and benchmarks time start-up with it. */
    static final String WINDOW_OPEN_MARKER = "PREGON_WINDOW_OPEN"; //$NON-NLS-1$

    PregonWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new PregonActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        Object where = WorkspaceSession.current().folder() != null ? WorkspaceSession.current().folder()
                : WorkspaceSession.user() + " @ " + PregonApplication.teamDatabaseShown; //$NON-NLS-1$ team mode: who, on which database
        configurer.setTitle(NLS.bind(AppMessages.Window_title, where));
    }

    @Override
    public void postWindowOpen() {
        System.out.println(WINDOW_OPEN_MARKER + ' ' + System.currentTimeMillis());
    }
}
