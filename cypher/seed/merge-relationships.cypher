// Upserts seed relationships between existing nodes; the type comes from the validated vocabulary. A
// relationship a curator has changed (version > 0) keeps its curated properties, as in merge-nodes.
// Parameters: $rows: [{from, type, to, props}]. Columns: merged.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = CASE WHEN coalesce(r.version, 0) > 0 THEN properties(r) ELSE row.props END
RETURN count(r) AS merged;
