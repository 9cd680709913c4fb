/**
 * Identity: users, teams (a store/site or a sales or service group), roles, personal API tokens,
 * authentication (form login, HTTP Basic, bearer tokens), lockout after failed logins and the audit
 * log of who created, changed, deleted or exported what.
 *
 * <p>Public API: {@link dev.touchpoint.server.identity.CurrentUser} (who is calling and what they may
 * see), {@link dev.touchpoint.server.identity.CurrentUsers}, {@link dev.touchpoint.server.identity.AuditLog},
 * {@link dev.touchpoint.server.identity.IdentityApi} and {@link dev.touchpoint.server.identity.Role}.
 */
package dev.touchpoint.server.identity;
