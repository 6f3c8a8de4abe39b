// Benchmark only (bench/, W5): removes the actors a benchmark run created (ids starting with $prefix), their
// relationships, and the audit records of their changes. Never touches other data.
// Parameters: $prefix (string, e.g. "bench-w5-1a2b3c4d-"). Columns: deleted (nodes and audit records removed).
CALL () {
  MATCH (a:AuditRecord)
  WHERE a.targetId STARTS WITH $prefix
  DETACH DELETE a
  RETURN count(*) AS audits
}
CALL () {
  MATCH (n:Entity)
  WHERE n.id STARTS WITH $prefix
  DETACH DELETE n
  RETURN count(*) AS nodes
}
RETURN audits + nodes AS deleted;
