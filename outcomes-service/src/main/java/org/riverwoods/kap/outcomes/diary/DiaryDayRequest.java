package org.riverwoods.kap.outcomes.diary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DiaryDayRequest", description = "What was used that day; an empty list means nothing was used")
public record DiaryDayRequest(@NotNull @Size(max = 8) List<@Valid @NotNull DiaryEntry> entries) {
}
