package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "vitals_reading")
public class VitalsReadingEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID sessionId;
    public Instant takenAt;
    @Column(name = "systolic_mm_hg")
    public Integer systolicMmHg;
    @Column(name = "diastolic_mm_hg")
    public Integer diastolicMmHg;
    public Integer heartRateBpm;
    @Column(name = "spo2_percent")
    public Integer spo2Percent;
    public Integer respiratoryRatePerMinute;
    public Integer moaas;
    public Integer cadssTotal;
    public String source;
    public String recordedBy;
}
