// The audit record of an earlier change with this client-supplied idempotency key, if any.
// Parameters: $mutationId (string). Columns: audit (map of the record's properties).
MATCH (a:AuditRecord {mutationId: $mutationId})
RETURN a {.*} AS audit;
