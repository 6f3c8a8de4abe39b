// The relationships of one node with their type, direction and citations (issue 17: what the model says about
// an actor, an action or an incident type, each edge with the provisions it rests on).
// Parameters: $id (node id).
// Columns: type, direction ('OUT' from the node, 'IN' to it), other (id of the other end), otherLabel,
// locators, quotes, props (relationship properties), sorted by type, direction, other.
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT']
RETURN type(r) AS type,
       CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction,
       m.id AS other,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS otherLabel,
       coalesce(r.citeLocators, []) AS locators,
       coalesce(r.citeQuotes, []) AS quotes,
       properties(r) AS props
ORDER BY type, direction, other;
