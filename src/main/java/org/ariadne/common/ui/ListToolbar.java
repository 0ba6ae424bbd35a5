package org.ariadne.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The bar above an administration list: a search field that filters as one types, and a "new" button. */
public class ListToolbar extends HorizontalLayout {

    private final TextField search = new TextField();

    public ListToolbar(String searchKey, String newKey, String newId, Runnable onSearch, Runnable onNew) {
        search.setPlaceholder(getTranslation(searchKey));
        search.setAriaLabel(getTranslation(searchKey));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> onSearch.run());
        var add = new Button(getTranslation(newKey), new Icon(VaadinIcon.PLUS), e -> onNew.run());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId(newId);
        add(search, add);
        setWidthFull();
        expand(search);
    }

    /** The search text, trimmed. */
    public String searchText() {
        return search.getValue().strip();
    }
}
