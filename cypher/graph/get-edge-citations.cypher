// The citations of graph edges, by source, type and target (batching loader of GraphEdge.citations).
// Parameters: $edges: [{id, source, type, target}]. Columns: id, props (the relationship's properties).
UNWIND $edges AS e
MATCH (a:Entity {id: e.source})-[r]->(:Entity {id: e.target})
WHERE type(r) = e.type
RETURN e.id AS id, properties(r) AS props;
