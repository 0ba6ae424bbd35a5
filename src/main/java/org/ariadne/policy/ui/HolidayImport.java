package org.ariadne.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.ariadne.common.ui.Feedback;
import org.ariadne.policy.PublicHolidays;

/**
 * Many holidays at once: dates pasted as text, or a CSV or iCalendar file. What is read only joins
 * the list being edited; nothing is saved until the administrator saves the list.
 */
class HolidayImport extends Details {

    static final int MAX_TEXT = 50_000;
    static final int MAX_FILE = 1024 * 1024;

    private final TextArea pasted = new TextArea();

    HolidayImport(Consumer<PublicHolidays.Reading> onRead, Component report) {
        setSummaryText(getTranslation("policy.holidays.import"));
        pasted.setLabel(getTranslation("policy.holidays.paste"));
        pasted.setId("holidays-paste");
        pasted.setWidthFull();
        pasted.setMaxLength(MAX_TEXT);
        pasted.setHelperText(getTranslation("policy.holidays.paste-help"));
        var read = new Button(getTranslation("policy.holidays.read"), e -> {
            onRead.accept(PublicHolidays.read(pasted.getValue()));
            pasted.clear();
        });
        read.setId("holidays-read");
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            String text = new String(data, StandardCharsets.UTF_8).replace("\uFEFF", "");
            ui.access(() -> onRead.accept(PublicHolidays.read(text)));
        }));
        upload.setId("holidays-upload");
        upload.setAcceptedFileTypes(".ics", ".csv", ".txt", "text/calendar", "text/csv", "text/plain");
        upload.setMaxFileSize(MAX_FILE);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("policy.holidays.upload"))
                        .setMany(getTranslation("policy.holidays.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("policy.holidays.drop"))
                        .setMany(getTranslation("policy.holidays.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("policy.holidays.file-too-big"))
                        .setIncorrectFileType(getTranslation("policy.holidays.file-type"))
                        .setTooManyFiles(getTranslation("policy.holidays.file-type"))));
        upload.addFileRejectedListener(e -> Feedback.error(this, "policy.holidays.file-rejected"));
        var content = new VerticalLayout(pasted, read, upload, report);
        content.setPadding(false);
        add(content);
    }
}
