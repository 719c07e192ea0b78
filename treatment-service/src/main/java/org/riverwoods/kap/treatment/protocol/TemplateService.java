package org.riverwoods.kap.treatment.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

/** Templates are written once per version: an edit supersedes the active version with a new one. */
@ApplicationScoped
public class TemplateService {

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public TemplateView create(TemplateRequest request) {
        validate(request);
        if (ProtocolTemplate.count("code", request.code()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Template " + request.code() + " exists; add a version to it instead");
        }
        return TemplateView.of(write(request, 1));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TemplateView newVersion(String code, TemplateRequest request) {
        if (!code.equals(request.code())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "code in the body must be " + code);
        }
        validate(request);
        ProtocolTemplate current = ProtocolTemplate.active(code)
                .orElseThrow(() -> ProblemException.notFound("Template " + code));
        current.status = TemplateStatus.SUPERSEDED;
        ProtocolTemplate.flush(); // the one-active-version index must see the old one retired first
        return TemplateView.of(write(request, current.version + 1));
    }

    @Transactional
    public Page<TemplateView> list(boolean includeSuperseded, int page, int size) {
        var query = includeSuperseded ? ProtocolTemplate.<ProtocolTemplate>findAll(Sort.by("code").and("version"))
                : ProtocolTemplate.<ProtocolTemplate>find("status", Sort.by("code"), TemplateStatus.ACTIVE);
        List<ProtocolTemplate> templates = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return Page.of(templates.stream().map(TemplateView::of).toList(), page, size, query.count());
    }

    @Transactional
    public TemplateView active(String code) {
        return TemplateView.of(ProtocolTemplate.active(code).orElseThrow(() -> ProblemException.notFound("Template " + code)));
    }

    @Transactional
    public TemplateView version(String code, int version) {
        ProtocolTemplate template = ProtocolTemplate.find("code = ?1 and version = ?2", code, version).firstResult();
        if (template == null) {
            throw ProblemException.notFound("Template " + code + " version " + version);
        }
        return TemplateView.of(template);
    }

    private ProtocolTemplate write(TemplateRequest r, int version) {
        ProtocolTemplate t = new ProtocolTemplate();
        t.id = UUID.randomUUID();
        t.code = r.code();
        t.version = version;
        t.name = r.name().trim();
        t.source = r.source().trim();
        t.targetSubstances = List.copyOf(r.targetSubstances());
        t.route = r.route();
        t.doseMgPerKg = r.doseMgPerKg();
        t.infusionMinutes = r.infusionMinutes();
        t.bolusDoseMgPerKg = r.bolusDoseMgPerKg();
        t.bolusMinutes = r.bolusMinutes();
        t.infusionCount = r.infusionCount();
        t.infusionIntervalDays = r.infusionIntervalDays();
        t.firstInfusionDay = r.firstInfusionDay();
        t.prerequisites = List.copyOf(r.prerequisites());
        t.therapyModality = r.therapyModality();
        t.therapySessionCount = r.therapySessionCount();
        t.therapyCadence = r.therapyCadence().trim();
        t.totalWeeks = r.totalWeeks();
        t.primaryOutcome = r.primaryOutcome().trim();
        t.relapseRule = r.relapseRule();
        t.status = TemplateStatus.ACTIVE;
        t.createdAt = Instant.now();
        t.createdBy = caller.subject();
        t.persist();
        return t;
    }

    /** Rules that span fields: what an IV or IM protocol must and must not say. */
    static void validate(TemplateRequest r) {
        PrescriptionRules.check(r.route(), r.doseMgPerKg(), r.infusionMinutes(), r.bolusDoseMgPerKg(), r.bolusMinutes(),
                r.infusionCount(), r.infusionIntervalDays());
        if (r.therapySessionCount() > 0 && r.therapyModality() == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Therapy sessions need a therapyModality");
        }
    }
}
