// Takes the write lock on existing nodes (in id order, so concurrent changes cannot deadlock) and reads
// them after the lock: under read-committed isolation, what is read here cannot change before commit.
// Parameters: $nodeIds (list of strings). Columns: id, label, props (map).
UNWIND $nodeIds AS nodeId
MATCH (n:Entity {id: nodeId})
WITH n
ORDER BY n.id
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props;
