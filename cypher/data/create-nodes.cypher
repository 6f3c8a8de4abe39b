// Restores exported nodes (entities, audit records, Meta) inside the import transaction; the labels come
// from a verified export file and are set with the dynamic label syntax, never spliced into the text.
// Parameters: $rows: [{labels: [string], properties: map}].
// Columns: created.
UNWIND $rows AS row
CREATE (n)
SET n = row.properties
SET n:$(row.labels)
RETURN count(n) AS created;
