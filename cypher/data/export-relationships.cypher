// Every relationship between two :Entity nodes, with its properties, for the export.
// Parameters: none.
// Columns: from (node id), type, to (node id), properties (map).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
ORDER BY from, type, to;
