/**
 * After a complaint is solved, the customer's satisfaction through a touchpoint survey (seed
 * 003), with consent and the frequency cap.
 */
package dev.touchpoint.server.service.complaint;
