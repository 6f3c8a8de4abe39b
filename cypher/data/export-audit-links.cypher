// Every relationship from an audit record to the nodes it concerns (AUDITS), for the export.
// Parameters: none.
// Columns: from (audit record id), type, to (node id), properties (map).
MATCH (a:AuditRecord)-[r]->(b:Entity)
WHERE NOT a:Entity
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
ORDER BY from, type, to;
