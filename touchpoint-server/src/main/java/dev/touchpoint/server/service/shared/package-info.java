/**
 * What the service features share: who sees which tickets, the {@code touchpoint.service.*}
 * settings, and recording service contacts as touchpoint events.
 */
package dev.touchpoint.server.service.shared;
