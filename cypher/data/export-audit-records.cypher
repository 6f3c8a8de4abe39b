// Every curation audit record (not an :Entity) with its labels and properties, for the export.
// Parameters: none.
// Columns: id, labels (list of strings), properties (map).
MATCH (a:AuditRecord)
WHERE NOT a:Entity
RETURN a.id AS id, labels(a) AS labels, properties(a) AS properties
ORDER BY id;
