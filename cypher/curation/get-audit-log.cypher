// Curation history, newest first: all records, or those of one target (its id, or a node it links).
// Parameters: $auditTarget (string or null), $auditLimit (integer). Columns: audit (map).
MATCH (a:AuditRecord)
WHERE $auditTarget IS NULL OR a.targetId = $auditTarget OR EXISTS { (a)-[:AUDITS]->(:Entity {id: $auditTarget}) }
RETURN a {.*} AS audit
ORDER BY a.seq DESC, a.at DESC
LIMIT $auditLimit;
