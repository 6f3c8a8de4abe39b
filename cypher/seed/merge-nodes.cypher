// Upserts seed nodes by id; the second label comes from the seed vocabulary (validated before import).
// Parameters: $rows: [{id, label, props}]. Columns: merged.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n.id = row.id
SET n:$(row.label)
RETURN count(n) AS merged;
