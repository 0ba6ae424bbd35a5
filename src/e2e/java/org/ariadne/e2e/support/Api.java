package org.ariadne.e2e.support;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The REST API as a script would use it: a Keycloak access token for a demo user (password grant of
 * the demo-only client {@code ariadne-cli}), then calls with {@code Authorization: Bearer}. Journeys
 * use it to set up what they need without depending on another journey.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
        String body = """
                {"person": {"name": "%s", "dateOfBirth": "1990-03-14", "sex": "FEMALE", "citizenships": ["MD"],
                            "languages": ["ro"], "ageDisputed": false, "pregnant": false},
                 "encounter": {"date": "2026-10-02", "region": "South", "channel": "OUTREACH"},
                 "exploitation": {"forms": ["FORCED_LABOUR"], "sexualTypes": [], "technologyFacilitated": false,
                                  "economicSector": "A", "recruitmentCountries": ["MD"], "transitCountries": [],
                                  "exploitationCountries": []},
                 "submit": true, "version": 0}
                """.formatted(personName);
        var response = send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/cases"))
                .header("Authorization", "Bearer " + token(stack, username))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
        return JsonParser.parseString(response).getAsJsonObject().getAsJsonObject("details").get("code").getAsString();
    }

    private static String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + " (expected " + expected + "): " + response.body());
            }
            return response.body();
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
