// Nodes of the model by id, with their label and properties (batching loader for Actor, Document, …).
// Parameters: $ids (list of strings). Columns: id, label, props (map).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props;
