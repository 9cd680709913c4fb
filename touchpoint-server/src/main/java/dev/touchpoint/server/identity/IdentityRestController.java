package dev.touchpoint.server.identity;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for users, teams, the caller's API tokens and the audit log. */
@RestController
@RequestMapping("/api/v1")
class IdentityRestController {

    private final IdentityApi identity;
    private final AuditLog audit;

    IdentityRestController(IdentityApi identity, AuditLog audit) {
        this.identity = identity;
        this.audit = audit;
    }

    /** The calling user. */
    @Operation(summary = "Who am I: the caller's user, role and teams")
    @GetMapping("/me")
    CurrentUser me() {
        return CurrentUsers.require();
    }

    @Operation(summary = "List users")
    @GetMapping("/users")
    List<UserAccount> users() {
        return identity.listUsers();
    }

    @Operation(summary = "Read a user")
    @GetMapping("/users/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    UserAccount user(@PathVariable long id) {
        return identity.findUser(id)
                .orElseThrow(() -> new dev.touchpoint.server.platform.NotFoundException("user", id));
    }

    @Operation(summary = "Create a user")
    @PostMapping("/users")
    ResponseEntity<UserAccount> createUser(@Valid @RequestBody NewUser user) {
        var created = identity.createUser(user);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Change a user's role, teams or enabled flag (applies at once)")
    @PutMapping("/users/{id}")
    UserAccount updateUser(@PathVariable long id, @Valid @RequestBody UserChange change) {
        return identity.updateUser(id, change);
    }

    @Operation(summary = "List teams")
    @GetMapping("/teams")
    List<Team> teams() {
        return identity.listTeams();
    }

    record TeamRequest(String name, Team.Kind kind) {}

    @Operation(summary = "Create a team")
    @PostMapping("/teams")
    ResponseEntity<Team> createTeam(@RequestBody TeamRequest request) {
        var team = identity.createTeam(request.name(), request.kind());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(team);
    }

    @Operation(summary = "List my API tokens")
    @GetMapping("/tokens")
    List<ApiTokenInfo> tokens() {
        return identity.myTokens();
    }

    /** @param scope {@code FULL} (default), {@code READ_ONLY} or {@code EVENTS} */
    record TokenRequest(String name, Instant expiresAt, TokenScope scope) {}

    @Operation(summary = "Create an API token (the secret is shown once)")
    @PostMapping("/tokens")
    ResponseEntity<CreatedToken> createToken(@RequestBody TokenRequest request) {
        var token = identity.createToken(request.name(), request.expiresAt(), request.scope());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
                .body(token);
    }

    @Operation(summary = "Revoke one of my API tokens")
    @PostMapping("/tokens/{id}/revoke")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        identity.revokeToken(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Search the audit log")
    @GetMapping("/audit")
    PageResult<AuditLog.Entry> audit(
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return audit.search(entityType, actor, action, PageRequest.of(page, size));
    }
}
