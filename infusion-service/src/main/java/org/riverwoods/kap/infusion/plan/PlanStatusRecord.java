package org.riverwoods.kap.infusion.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last status treatment announced for a plan; infusions of a plan that is not ACTIVE do not start. */
@Entity
@Table(name = "plan_status")
public class PlanStatusRecord extends PanacheEntityBase {

    @Id
    public UUID planId;
    public UUID patientId;
    public String status;
    public Instant updatedAt;

    /** The status treatment last announced; null when none has arrived. */
    public static String statusOf(UUID planId) {
        PlanStatusRecord record = findById(planId);
        return record == null ? null : record.status;
    }
}
