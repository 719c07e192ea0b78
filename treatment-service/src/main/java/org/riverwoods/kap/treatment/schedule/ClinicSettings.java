package org.riverwoods.kap.treatment.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When the clinic sees patients, and when each kind of appointment is booked. Every default is a
 * clinic default of this program, not a value published by a trial (the observation time follows
 * esketamine REMS practice); a clinic changes them in application.properties or by environment variable (e.g.
 * {@code KAP_TREATMENT_CLINIC_INFUSION_START=10:00}). {@link ScheduleGenerator} stops the service at
 * start-up, naming the setting, when the settings cannot give a valid schedule.
 */
@ConfigMapping(prefix = "kap.treatment.clinic")
public interface ClinicSettings {

    /** Time zone of the clinic's wall clock. Default America/Denver: the program is in Utah. */
    @WithDefault("America/Denver")
    ZoneId zone();

    /** Days the clinic is open. Default Monday to Friday. */
    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> days();

    /** Opening time. Default 08:00. */
    @WithDefault("08:00")
    LocalTime opens();

    /** Closing time: every appointment ends by then. Default 17:00. */
    @WithDefault("17:00")
    LocalTime closes();

    /**
     * Start of an infusion visit. Default 09:00: infusions go early in the day because the patient
     * stays under observation after dosing.
     */
    @WithDefault("09:00")
    LocalTime infusionStart();

    /** Start of an individual therapy session. Default 13:00, after the longest infusion visit. */
    @WithDefault("13:00")
    LocalTime therapyStart();

    /** Day of the week of group therapy; must be a clinic day. Default Wednesday. */
    @WithDefault("WEDNESDAY")
    DayOfWeek groupDay();

    /** Start of group therapy. Default 15:00. */
    @WithDefault("15:00")
    LocalTime groupStart();

    /** Start of a family therapy session. Default 14:00. */
    @WithDefault("14:00")
    LocalTime familyStart();

    /** Start of an amino-acid therapy session. Default 10:00 (never on an infusion day). */
    @WithDefault("10:00")
    LocalTime aminoAcidStart();

    /**
     * Minutes the patient stays under observation after ketamine, added to the infusion time.
     * Default 120, a clinic default after esketamine REMS practice: at least 2 hours' observation
     * after dosing, until the patient is clinically stable.
     */
    @WithDefault("120")
    int observationMinutes();

    /** Length of an individual therapy session. Default 50 minutes. */
    @WithDefault("50")
    int therapyMinutes();

    /** Length of a group therapy session. Default 90 minutes. */
    @WithDefault("90")
    int groupMinutes();

    /** Length of a family therapy session. Default 60 minutes. */
    @WithDefault("60")
    int familyMinutes();

    /** Length of an amino-acid therapy session. Default 60 minutes. */
    @WithDefault("60")
    int aminoAcidMinutes();
}
