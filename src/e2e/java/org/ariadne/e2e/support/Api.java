package org.ariadne.e2e.support;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The REST API as a script would use it: a Keycloak access token for a demo user (password grant of
 * the demo-only client {@code ariadne-cli}), then calls with {@code Authorization: Bearer}. Journeys
 * use it to set up what they need without depending on another journey.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The answer to a call whose outcome a journey checks itself (a refusal, say). */
    public record Answer(int status, String body) {
        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    private Api() {
    }

    public static String token(Stack stack, String username) {
        String form = "grant_type=password&client_id=ariadne-cli&username=" + enc(username) + "&password="
                + enc(KeycloakLogin.PASSWORD);
        var response = send(HttpRequest.newBuilder(URI.create(stack.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 200);
        return JsonParser.parseString(response).getAsJsonObject().get("access_token").getAsString();
    }

    /** Records a submitted adult forced-labour case as {@code username}; returns its case code. */
    public static String createCase(Stack stack, String username, String personName) {
        return createCase(stack, username, personName, LocalDate.of(1990, 3, 14), "South", LocalDate.of(2026, 10, 2));
    }

    /**
     * Records a submitted adult forced-labour case met in {@code region} on {@code met}; returns its case code.
     * Statistics count a person once by name and date of birth, so two cases of one name with
     * different dates of birth are two persons.
     */
    public static String createCase(Stack stack, String username, String personName, LocalDate dateOfBirth,
                                    String region, LocalDate met) {
        String body = """
                {"person": {"name": "%s", "dateOfBirth": "%s", "sex": "FEMALE", "citizenships": ["MD"],
                            "languages": ["ro"], "ageDisputed": false, "pregnant": false},
                 "encounter": {"date": "%s", "region": "%s", "channel": "OUTREACH"},
                 "exploitation": {"forms": ["FORCED_LABOUR"], "sexualTypes": [], "technologyFacilitated": false,
                                  "economicSector": "A", "recruitmentCountries": ["MD"], "transitCountries": [],
                                  "exploitationCountries": []},
                 "submit": true, "version": 0}
                """.formatted(personName, dateOfBirth, met, region);
        var response = send(post(stack, username, "/api/v1/cases", body), 201);
        return JsonParser.parseString(response).getAsJsonObject().getAsJsonObject("details").get("code").getAsString();
    }

    /** The case's state on the referral mechanism as {@code username} reads it. */
    public static JsonObject nrm(Stack stack, String username, String code) {
        return get(stack, username, "/api/v1/cases/" + code + "/nrm").getAsJsonObject();
    }

    /**
     * Records the person's informed consent to referral and to sharing with the organisations named
     * by their codes, as explained by {@code username} in Romanian.
     */
    public static void giveConsent(Stack stack, String username, String code, List<String> sharingWith) {
        String body = """
                {"scopes": ["REFERRAL", "SHARING"], "sharingWith": [%s], "explainedBy": "Outreach worker",
                 "language": "ro", "interpreter": true, "expectedVersion": %d}
                """.formatted(sharingWith.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")),
                version(stack, username, code));
        send(post(stack, username, "/api/v1/cases/" + code + "/consent", body), 200);
    }

    /** Refers the case to the deciding organisation with that code. */
    public static void referToAuthority(Stack stack, String username, String code, String authority) {
        Answer answer = step(stack, username, code, "REFER_TO_AUTHORITY", authority);
        if (answer.status() != 200) {
            throw new AssertionError("Referral of " + code + " refused (" + answer.status() + "): " + answer.body());
        }
    }

    /** Takes a step on the mechanism with the version just read; the answer is the journey's to check. */
    public static Answer step(Stack stack, String username, String code, String transition, String authority) {
        String body = """
                {"transition": "%s", "reason": "Set up by the end-to-end journey", "expectedVersion": %d%s}
                """.formatted(transition, version(stack, username, code),
                authority == null ? "" : ", \"authority\": \"" + authority + "\"");
        return call(post(stack, username, "/api/v1/cases/" + code + "/nrm/steps", body));
    }

    /** A GET answered 200, as JSON. */
    public static JsonElement get(Stack stack, String username, String path) {
        return JsonParser.parseString(send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                .header("Authorization", "Bearer " + token(stack, username)).GET().build(), 200));
    }

    /** A GET whose status the journey checks itself. */
    public static Answer tryGet(Stack stack, String username, String path) {
        return call(HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                .header("Authorization", "Bearer " + token(stack, username)).GET().build());
    }

    private static long version(Stack stack, String username, String code) {
        return nrm(stack, username, code).get("version").getAsLong();
    }

    private static HttpRequest post(Stack stack, String username, String path, String json) {
        return HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                .header("Authorization", "Bearer " + token(stack, username))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String send(HttpRequest request, int expected) {
        Answer answer = call(request);
        if (answer.status() != expected) {
            throw new AssertionError(request.method() + " " + request.uri() + " answered " + answer.status()
                    + " (expected " + expected + "): " + answer.body());
        }
        return answer.body();
    }

    private static Answer call(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
