// The Meta node(s): data version, seed time and curation state, for the export.
// Parameters: none.
// Columns: id, labels (list of strings), properties (map).
MATCH (m:Meta)
WHERE NOT m:Entity AND NOT m:AuditRecord
RETURN m.id AS id, labels(m) AS labels, properties(m) AS properties
ORDER BY id;
