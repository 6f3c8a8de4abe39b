// Upserts seed relationships between existing nodes; the type comes from the validated vocabulary.
// Parameters: $rows: [{from, type, to, props}]. Columns: merged.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS merged;
