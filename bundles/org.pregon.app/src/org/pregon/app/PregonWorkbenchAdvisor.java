package org.pregon.app;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.pregon.ui.PregonPerspective;
import org.pregon.ui.WorkspaceSession;

public class PregonWorkbenchAdvisor extends WorkbenchAdvisor {
    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // remember layout and open views between sessions
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void postStartup() {
        WorkspaceSession.startPublisher();
        WorkspaceSession.startSync();
    }

    @Override
    public boolean preShutdown() {
        try {
            WorkspaceSession.stopPublisher();
            WorkspaceSession.stopSync();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PregonPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PregonWindowAdvisor(configurer);
    }
}
