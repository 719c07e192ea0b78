package org.riverwoods.kap.outcomes.diary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One substance used on one day: standard drinks for alcohol, number of uses for drugs. */
@Schema(name = "DiaryEntry")
public record DiaryEntry(
        @NotNull @Pattern(regexp = "ALCOHOL|COCAINE|OPIOIDS|METHAMPHETAMINE|OTHER_STIMULANTS|CANNABIS|BENZODIAZEPINES|OTHER",
                message = "must be one of ALCOHOL, COCAINE, OPIOIDS, METHAMPHETAMINE, OTHER_STIMULANTS, CANNABIS, BENZODIAZEPINES, OTHER")
        String substance,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 1)
        @Schema(description = "Standard drinks (alcohol) or uses (drugs), one decimal") BigDecimal amount) {
}
