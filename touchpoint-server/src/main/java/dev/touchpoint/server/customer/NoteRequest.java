package dev.touchpoint.server.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note to add. */
record NoteRequest(@NotBlank @Size(max = 4000) String body) {}
