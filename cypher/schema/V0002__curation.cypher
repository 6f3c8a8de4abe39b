// Curation: audit records (one per change, written in the change's transaction) and idempotency keys.
// Parameters: none. Columns: none.
// AuditRecord is not an :Entity: the network, counts and search never see it.
CREATE CONSTRAINT audit_record_id IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.id IS UNIQUE;
// A client-supplied mutationId is used once: a retry finds the original record instead of writing again.
CREATE CONSTRAINT audit_record_mutation_id IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.mutationId IS UNIQUE;
CREATE INDEX audit_record_target IF NOT EXISTS FOR (a:AuditRecord) ON (a.targetId);
// seq orders the records and is the audit log's cursor: unique, since changes take it without a common lock
// (cypher/curation/record-change). The constraint's index replaces the plain index of earlier versions.
DROP INDEX audit_record_seq IF EXISTS;
CREATE CONSTRAINT audit_record_seq_unique IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.seq IS UNIQUE;
