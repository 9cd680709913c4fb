/**
 * A team's public lead form for its website (no login, phone-sized, both languages), its link
 * and rotation. Template in {@code templates/sales/webform}.
 */
package dev.touchpoint.server.sales.webform;
