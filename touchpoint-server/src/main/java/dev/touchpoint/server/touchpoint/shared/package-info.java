/**
 * What the touchpoint features share: labels, icons and colours of the touchpoint vocabulary in
 * the reader's language, and {@code If-Match} parsing.
 */
package dev.touchpoint.server.touchpoint.shared;
