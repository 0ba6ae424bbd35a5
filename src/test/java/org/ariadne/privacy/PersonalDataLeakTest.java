package org.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.Channel;
import org.ariadne.cases.EncounterData;
import org.ariadne.cases.ExploitationData;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.PersonData;
import org.ariadne.cases.Sex;
import org.ariadne.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Direct identifiers never reach the database in clear, nor a log line, nor an error response:
 * every text column of every table is read back after recording a case, and the log of the
 * whole exchange is scanned.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLeakTest {

    private static final String NAME = "Zinaida Leakcheckova";
    private static final String ALIAS = "Zina-Leakalias";
    private static final String DOCUMENT = "PASSPORT-LK-998877";
    private static final String CONTACT = "+37369112233";
    private static final String NARRATIVE = "Kept in the basement of the Leakcheck bakery";
    private static final List<String> IDENTIFIERS = List.of(NAME, "Leakcheckova", ALIAS, DOCUMENT, CONTACT,
            "Leakcheck bakery", "1994-02-03");

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    private void actAs(String username) {
        SignedIn.as(users, username);
    }

    private static CaseDraft draft(String name) {
        var person = new PersonData(name, ALIAS, LocalDate.of(1994, 2, 3), null, false, Sex.FEMALE, List.of("MD"),
                List.of("ru"), null, false, DOCUMENT, CONTACT);
        return new CaseDraft(person, new EncounterData(LocalDate.of(2026, 3, 3), "South", null, Channel.HOTLINE),
                new ExploitationData(Set.of(ExploitationForm.DOMESTIC_SERVITUDE), Set.of(), false, null, null,
                        List.of(), List.of(), List.of(), NARRATIVE), true, 0);
    }

    @Test
    void noIdentifierInClearInAnyTableNorInTheLogs(CapturedOutput output) throws Exception {
        actAs("ngo.caseworker");
        CaseCode code = cases.create(draft(NAME)).details().code();
        cases.get(code);
        cases.create(draft(NAME)); // a duplicate: flagged without echoing the name
        assertThatThrownBy(() -> cases.create(draft(NAME + " " + "x".repeat(300))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Leakcheckova"));
        mvc.perform(post("/api/v1/cases").with(httpBasic("ngo.caseworker", "ariadne-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"person\": {\"name\": \"" + NAME + "\", \"dateOfBirth\": \"2999-01-01\"}}"))
                .andExpect(status().isBadRequest());

        List<String> found = new ArrayList<>();
        List<String> whereCodeIs = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("SELECT table_name, column_name FROM"
                + " information_schema.columns WHERE table_schema = DATABASE() AND data_type IN ('varchar', 'char',"
                + " 'text', 'mediumtext', 'longtext')")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            // Control: the same scan does find what is stored in clear, such as the case code.
            Long codeHits = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE `" + name + "` = ?",
                    Long.class, code.value());
            if (codeHits != null && codeHits > 0) {
                whereCodeIs.add(table + "." + name);
            }
            for (String identifier : IDENTIFIERS) {
                Long hits = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE `" + name + "` LIKE ?",
                        Long.class, "%" + identifier + "%");
                if (hits != null && hits > 0) {
                    found.add(table + "." + name + " holds " + identifier);
                }
            }
        }
        assertThat(whereCodeIs).contains("case_record.code", "audit_entry.object_ref");
        assertThat(found).isEmpty();
        assertThat(output.getAll()).doesNotContain("Leakcheckova", ALIAS, DOCUMENT, CONTACT, "Leakcheck bakery");
    }
}
