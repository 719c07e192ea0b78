package org.riverwoods.kap.kit.testapp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;

/** Writes and reads notes the way a service does: event and audit entry in the change's transaction. */
@ApplicationScoped
public class Notes {

    static final String RESOURCE = "Note";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Transactional(Transactional.TxType.MANDATORY)
    public NoteView create(NoteRequest request) {
        return create(UUID.randomUUID(), request);
    }

    /** Under an id the caller chose: two such creations racing meet the table's unique key. */
    public NoteView create(UUID id, NoteRequest request) {
        Note note = new Note();
        note.id = id;
        note.createdAt = Instant.now();
        apply(request, note);
        em.persist(note);
        em.flush();
        outbox.append(written(note));
        audit.record(AuditAction.CREATE, RESOURCE, note.patientId, note.id);
        return NoteView.of(note);
    }

    @Transactional
    public NoteView get(UUID noteId) {
        Note note = find(noteId);
        access.require(note.patientId, RESOURCE);
        audit.record(AuditAction.READ, RESOURCE, note.patientId, note.id);
        return NoteView.of(note);
    }

    @Transactional
    public NoteView update(UUID noteId, String ifMatch, NoteRequest request) {
        Note note = find(noteId);
        ETags.requireMatch(ifMatch, note.version);
        apply(request, note);
        em.flush(); // takes the new version
        outbox.append(written(note));
        audit.record(AuditAction.UPDATE, RESOURCE, note.patientId, note.id);
        return NoteView.of(note);
    }

    @Transactional
    public Page<NoteView> list(int page, int size, boolean includeArchived) {
        List<Note> notes = em.createQuery("select n from Note n where n.archived = false or :all = true "
                + "order by n.createdAt, n.id", Note.class)
                .setParameter("all", includeArchived)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(n) from Note n where n.archived = false or :all = true", Long.class)
                .setParameter("all", includeArchived).getSingleResult();
        notes.forEach(n -> audit.record(AuditAction.LIST, RESOURCE, n.patientId, n.id));
        return Page.of(notes.stream().map(NoteView::of).toList(), page, size, total);
    }

    @Transactional
    public List<NoteView> onDay(LocalDate day) {
        List<Note> notes = em.createQuery("select n from Note n where n.day = :day order by n.createdAt, n.id",
                Note.class).setParameter("day", day).getResultList();
        notes.forEach(n -> audit.record(AuditAction.LIST, RESOURCE, n.patientId, n.id));
        return notes.stream().map(NoteView::of).toList();
    }

    private Note find(UUID noteId) {
        Note note = em.find(Note.class, noteId);
        if (note == null) {
            throw ProblemException.notFound("Note");
        }
        return note;
    }

    private static void apply(NoteRequest request, Note note) {
        note.patientId = request.patientId();
        note.text = request.text();
        note.day = request.day();
        note.count = request.count();
        note.urgent = request.urgent();
        note.tags = List.copyOf(request.tags());
        note.archived = Boolean.TRUE.equals(request.archived());
    }

    private static NoteWritten written(Note note) {
        return new NoteWritten(note.id, note.patientId, note.version, note.day, note.urgent);
    }
}
