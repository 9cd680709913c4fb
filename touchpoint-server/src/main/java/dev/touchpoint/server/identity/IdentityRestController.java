package dev.touchpoint.server.identity;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
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
    @GetMapping("/me")
    CurrentUser me() {
        return CurrentUsers.require();
    }

    @GetMapping("/users")
    List<UserAccount> users() {
        return identity.listUsers();
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    UserAccount user(@PathVariable long id) {
        return identity.findUser(id).orElseThrow(() -> new dev.touchpoint.server.platform.NotFoundException("user", id));
    }

    @PostMapping("/users")
    ResponseEntity<UserAccount> createUser(@Valid @RequestBody NewUser user) {
        var created = identity.createUser(user);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/users/{id}")
    UserAccount updateUser(@PathVariable long id, @Valid @RequestBody UserChange change) {
        return identity.updateUser(id, change);
    }

    @GetMapping("/teams")
    List<Team> teams() {
        return identity.listTeams();
    }

    record TeamRequest(String name, Team.Kind kind) {
    }

    @PostMapping("/teams")
    ResponseEntity<Team> createTeam(@RequestBody TeamRequest request) {
        var team = identity.createTeam(request.name(), request.kind());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(team);
    }

    @GetMapping("/tokens")
    List<ApiTokenInfo> tokens() {
        return identity.myTokens();
    }

    record TokenRequest(String name, Instant expiresAt) {
    }

    @PostMapping("/tokens")
    ResponseEntity<CreatedToken> createToken(@RequestBody TokenRequest request) {
        var token = identity.createToken(request.name(), request.expiresAt());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(token);
    }

    @PostMapping("/tokens/{id}/revoke")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        identity.revokeToken(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/audit")
    PageResult<AuditLog.Entry> audit(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return audit.search(entityType, actor, action, PageRequest.of(page, size));
    }
}
