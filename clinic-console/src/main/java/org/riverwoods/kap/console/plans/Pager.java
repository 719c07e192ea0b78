package org.riverwoods.kap.console.plans;

import io.quarkus.qute.TemplateData;

/** Previous and next page numbers of a service's page (null where there is none); pages count from 0. */
@TemplateData
public record Pager(int page, int pages, Integer previous, Integer next) {

    public static Pager of(int page, int totalPages) {
        return new Pager(page, totalPages, page > 0 ? page - 1 : null, page + 1 < totalPages ? page + 1 : null);
    }

    /** The page as people count it (from 1). */
    public int shown() {
        return page + 1;
    }

    public boolean needed() {
        return pages > 1 || page > 0;
    }
}
