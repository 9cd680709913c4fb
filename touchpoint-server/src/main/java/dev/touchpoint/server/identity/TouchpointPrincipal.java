package dev.touchpoint.server.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of a user: the {@link CurrentUser} plus credentials, whether the account is
 * enabled, until when sign-ins from the caller's address are locked, and — when the caller came with
 * an API token — that token's scope (null otherwise).
 */
record TouchpointPrincipal(
        CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil, TokenScope scope)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    TouchpointPrincipal withScope(TokenScope tokenScope) {
        return new TouchpointPrincipal(user, passwordHash, enabled, lockedUntil, tokenScope);
    }
}
