package dev.touchpoint.server.identity;

import dev.touchpoint.server.platform.DuplicateException;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, teams and personal API tokens. Creating and changing users and teams is for administrators;
 * every user manages their own tokens.
 */
@Service
public class IdentityApi {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String TOKEN_PREFIX = "tp_";

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    IdentityApi(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwords, AuditLog audit) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public List<UserAccount> listUsers() {
        return users.findAll();
    }

    public Optional<UserAccount> findUser(long id) {
        return users.findById(id).map(UserRepository.StoredUser::account);
    }

    public Optional<UserAccount> findUser(String username) {
        return users.findByUsername(username).map(UserRepository.StoredUser::account);
    }

    public List<Team> listTeams() {
        return users.findTeams();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount createUser(NewUser user) {
        return createUserUnchecked(user);
    }

    /** Creates a user without a permission check: for bootstrapping and demo data only. */
    @Transactional
    public UserAccount createUserUnchecked(NewUser user) {
        if (users.usernameTaken(user.username())) {
            throw new DuplicateException("username", "username " + user.username() + " is taken");
        }
        checkTeams(user.teamIds());
        long id = users.insert(
                user.username(), user.displayName(), user.email(), passwords.encode(user.password()), user.role());
        users.setTeams(id, user.teamIds());
        audit.record(
                AuditLog.Action.CREATE,
                "user",
                id,
                user.username(),
                Map.of("role", user.role().name(), "teams", user.teamIds()));
        return findUser(id).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount updateUser(long id, UserChange change) {
        var current = findUser(id).orElseThrow(() -> new NotFoundException("user", id));
        checkTeams(change.teamIds());
        if (users.update(id, change.version(), change.displayName(), change.email(), change.role(), change.enabled())
                == 0) {
            throw new VersionConflictException("user", id, current.version(), false);
        }
        users.setTeams(id, change.teamIds());
        audit.record(
                AuditLog.Action.UPDATE,
                "user",
                id,
                current.username(),
                Map.of("role", change.role().name(), "enabled", change.enabled(), "teams", change.teamIds()));
        return findUser(id).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlockUser(long id) {
        var user = findUser(id).orElseThrow(() -> new NotFoundException("user", id));
        users.unlock(id);
        audit.record(AuditLog.Action.UPDATE, "user", id, user.username() + " unlocked");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Team createTeam(String name, Team.Kind kind) {
        return createTeamUnchecked(name, kind);
    }

    /** Creates a team without a permission check: for bootstrapping and demo data only. */
    @Transactional
    public Team createTeamUnchecked(String name, Team.Kind kind) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "required", "team name is required");
        }
        if (users.teamNameTaken(name)) {
            throw new DuplicateException("name", "team " + name + " exists");
        }
        long id = users.insertTeam(name.strip(), kind == null ? Team.Kind.OTHER : kind);
        audit.record(AuditLog.Action.CREATE, "team", id, name);
        return new Team(id, name.strip(), kind);
    }

    /**
     * Creates an API token for the calling user with the given scope ({@link TokenScope#FULL} when
     * null); the secret is in the result and nowhere else.
     */
    @Transactional
    public CreatedToken createToken(String name, Instant expiresAt, TokenScope scope) {
        var me = CurrentUsers.require();
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", "required", "token name is required (at most 100 characters)");
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var granted = scope == null ? TokenScope.FULL : scope;
        long id = tokens.insert(me.id(), name.strip(), secret.substring(0, 10), sha256(secret), expiresAt, granted);
        audit.record(AuditLog.Action.TOKEN_CREATED, "api_token", id, name, Map.of("scope", granted.name()));
        return new CreatedToken(id, name.strip(), secret, granted);
    }

    public List<ApiTokenInfo> myTokens() {
        return tokens.findByUser(CurrentUsers.require().id());
    }

    @Transactional
    public void revokeToken(long tokenId) {
        if (tokens.revoke(CurrentUsers.require().id(), tokenId) == 0) {
            throw new NotFoundException("api token", tokenId);
        }
        audit.record(AuditLog.Action.TOKEN_REVOKED, "api_token", tokenId, null);
    }

    /** Counts users; the first start creates {@code admin} when there are none. */
    public long countUsers() {
        return users.count();
    }

    /**
     * Runs {@code work} with {@code username}'s rights, as if they had signed in — for background
     * work done on a user's behalf (it sees exactly the records that user may see) and for tests. The
     * caller's own authentication is restored afterwards.
     *
     * @throws NotFoundException when there is no such enabled user
     */
    public <T> T runAs(String username, java.util.function.Supplier<T> work) {
        var principal = users.findByUsername(username)
                .map(stored -> toPrincipal(stored, null))
                .filter(TouchpointPrincipal::isEnabled)
                .orElseThrow(() -> new NotFoundException("user", username));
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /** The owner of a live token, with the token's scope; never locked by failed password sign-ins. */
    Optional<TouchpointPrincipal> principalForToken(String secret) {
        return tokens.useToken(sha256(secret))
                .flatMap(used -> users.findById(used.userId())
                        .map(stored -> toPrincipal(stored, null).withScope(used.scope())));
    }

    /** The user signing in with a password from {@code address}, locked if that pair is locked. */
    Optional<TouchpointPrincipal> principalForSignIn(String username, String address) {
        return users.findByUsername(username)
                .map(stored -> toPrincipal(
                        stored,
                        users.lockedUntil(stored.account().id(), address).orElse(null)));
    }

    /** The user as stored now, for re-reading the rights of an open session on every request. */
    Optional<TouchpointPrincipal> principalForId(long id) {
        return users.findById(id).map(stored -> toPrincipal(stored, null));
    }

    private static TouchpointPrincipal toPrincipal(UserRepository.StoredUser stored, Instant lockedUntil) {
        var a = stored.account();
        var current = new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), a.teamIds());
        return new TouchpointPrincipal(current, stored.passwordHash(), a.enabled(), lockedUntil, null);
    }

    private void checkTeams(Set<Long> teamIds) {
        var known = users.findTeams().stream().map(Team::id).toList();
        for (Long id : teamIds) {
            if (!known.contains(id)) {
                throw InvalidInputException.of("teamIds", "exists", "team " + id + " does not exist");
            }
        }
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
