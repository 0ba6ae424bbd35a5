package org.ariadne.tasks.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ariadne.security.Role;
import org.ariadne.tasks.TaskGroup;
import org.ariadne.tasks.TaskService;

/** What the user's roles call for now, one list per kind of task, the most urgent first. */
@Route("tasks")
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.DECISION_MAKER, Role.Names.CHILD_PROTECTION,
        Role.Names.SERVICE_PROVIDER})
@Menu(order = 5, title = "nav.tasks", icon = "vaadin:tasks")
class TasksView extends VerticalLayout implements HasDynamicTitle {

    TasksView(TaskService tasks) {
        addClassName("tasks-view");
        setMaxWidth("1100px");
        List<TaskGroup> groups = tasks.mine(TaskService.DEFAULT_LIMIT);
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("tasks.none-for-roles")));
            return;
        }
        groups.forEach(group -> add(new TaskList(group)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " · " + getTranslation("app.name");
    }
}
