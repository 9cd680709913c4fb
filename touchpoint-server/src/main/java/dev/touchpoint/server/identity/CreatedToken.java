package dev.touchpoint.server.identity;

/**
 * A freshly created API token. {@code token} is the secret, shown exactly once; only its SHA-256
 * hash is stored.
 *
 * @param scope what the token may do within its owner's rights
 */
public record CreatedToken(long id, String name, String token, TokenScope scope) {}
