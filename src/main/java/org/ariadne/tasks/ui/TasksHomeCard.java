package org.ariadne.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.ariadne.base.ui.HomeCard;
import org.ariadne.tasks.TaskGroup;
import org.ariadne.tasks.TaskMark;
import org.ariadne.tasks.TaskService;

/** The start page's summary of the user's tasks, with a link to the lists. */
@org.springframework.stereotype.Component
class TasksHomeCard implements HomeCard {

    private final TaskService tasks;

    TasksHomeCard(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        if (!tasks.hasLists()) {
            return Optional.empty();
        }
        var card = new Div();
        card.addClassName("tasks-card");
        card.setId("tasks-card");
        card.add(new H3(card.getTranslation("nav.tasks")));
        var list = new UnorderedList();
        for (TaskGroup group : tasks.mine(TaskService.DEFAULT_LIMIT)) {
            String count = group.tasks().size() + (group.more() ? "+" : "");
            long overdue = group.count(TaskMark.OVERDUE);
            String line = card.getTranslation(group.titleKey()) + ": " + count
                    + (overdue > 0 ? " · " + card.getTranslation("tasks.overdue-count", overdue) : "");
            list.add(new ListItem(line));
        }
        card.add(list, new RouterLink(card.getTranslation("tasks.open-all"), TasksView.class));
        return Optional.of(card);
    }
}
