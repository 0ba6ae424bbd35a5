package org.ariadne.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ariadne.tasks.Task;
import org.ariadne.tasks.TaskGroup;
import org.ariadne.tasks.TaskMark;

/** One group of tasks: a heading with its count and a table, each row opening its record. */
class TaskList extends Div {

    final Grid<Task> grid = new Grid<>();

    TaskList(TaskGroup group) {
        addClassName("task-group");
        setWidthFull();
        add(new H3(getTranslation(group.titleKey()) + " (" + group.tasks().size() + (group.more() ? "+" : "") + ")"));
        if (group.tasks().isEmpty()) {
            add(new Paragraph(getTranslation("tasks.nothing")));
            return;
        }
        grid.addColumn(t -> getTranslation(t.kindKey())).setHeader(getTranslation("tasks.column.what")).setFlexGrow(3);
        grid.addColumn(Task::reference).setHeader(getTranslation("tasks.column.reference")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("tasks.column.due")).setAutoWidth(true);
        grid.addComponentColumn(this::mark).setHeader(getTranslation("tasks.column.mark")).setAutoWidth(true);
        grid.addComponentColumn(this::open).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(group.tasks());
        if (group.tasks().size() <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("420px");
        }
        add(grid);
        if (group.more()) {
            add(new Paragraph(getTranslation("tasks.more", group.tasks().size())));
        }
    }

    private Component due(Task task) {
        if (task.due() == null) {
            return new Span();
        }
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(task.due());
        String text = task.remaining() == null ? day : day + " · " + (task.remaining() < 0
                ? getTranslation("tasks.days-overdue", -task.remaining())
                : getTranslation("tasks.days-left", task.remaining()));
        var span = new Span(text);
        span.addClassName("task-due");
        return span;
    }

    private Component mark(Task task) {
        var badges = new Div();
        if (task.mark() != TaskMark.NONE) {
            var mark = new Span(getTranslation(task.mark().messageKey()));
            mark.getElement().getThemeList().add(switch (task.mark()) {
                case OVERDUE -> "badge error";
                case AT_RISK -> "badge warning";
                default -> "badge success";
            });
            badges.add(mark);
        }
        if (task.child()) {
            var child = new Span(getTranslation("tasks.child"));
            child.getElement().getThemeList().add("badge contrast");
            badges.add(child);
        }
        return badges;
    }

    private Component open(Task task) {
        var open = new Button(getTranslation("tasks.open"), e -> getUI().ifPresent(ui -> ui.navigate(task.route())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return open;
    }
}
