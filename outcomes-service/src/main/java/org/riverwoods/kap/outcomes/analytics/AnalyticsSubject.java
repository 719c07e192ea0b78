package org.riverwoods.kap.outcomes.analytics;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The link between a patient and their analytics pseudonym. It never leaves this service; the age
 * band is fixed at enrolment so that it cannot date the enrolment by changing.
 */
@Entity
@Table(name = "analytics_subject")
public class AnalyticsSubject extends PanacheEntityBase {

    @Id
    public UUID patientId;
    public String pseudonym;
    public LocalDate enrolledOn;
    public String ageBand;
}
