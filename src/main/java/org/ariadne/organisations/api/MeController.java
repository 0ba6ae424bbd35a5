package org.ariadne.organisations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.UserContext;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "The caller")
class MeController {

    record OrganisationRef(String code, String name) {
    }

    record Me(String username, List<String> roles, @Nullable OrganisationRef organisation,
              @Nullable ActorType actorType) {
    }

    private final CurrentUser currentUser;
    private final CurrentActor currentActor;

    MeController(CurrentUser currentUser, CurrentActor currentActor) {
        this.currentUser = currentUser;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "The caller's user name, roles, organisation and actor type")
    Me me() {
        UserContext user = currentUser.require();
        List<String> roles = user.roles().stream().sorted().map(Enum::name).toList();
        return currentActor.find()
                .map(actor -> new Me(user.username(), roles, reference(actor), actor.actorType()))
                .orElseGet(() -> new Me(user.username(), roles, null, null));
    }

    private static OrganisationRef reference(Actor actor) {
        return new OrganisationRef(actor.organisation().code(), actor.organisation().name());
    }
}
