// Every :Entity node with all its labels and properties, for the export (sorted again in TypeScript).
// Parameters: none.
// Columns: id, labels (list of strings), properties (map).
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id;
