package org.casus.pipeline;

/**
 * What one ingest run did.
 *
 * @param documents  documents read from the inputs
 * @param stored     articles stored by this run
 * @param known      articles that were already stored (re-running the same input adds nothing)
 * @param duplicates articles found to copy another article
 * @param failures   inputs or documents that could not be used; each was reported
 */
public record IngestSummary(int documents, int stored, int known, int duplicates, int failures) {
}
