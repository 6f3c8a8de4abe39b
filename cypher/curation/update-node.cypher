// Updates a node (already locked by lock-nodes) only when its version is the expected one, and bumps the
// version; no row back means someone else changed it first. Links the citation's provision.
// Parameters: $nodeId, $expectedVersion (integer), $nodeProps (map; null values remove properties),
// $evidence ({document, locator} or null). Columns: props (map).
MATCH (n:Entity {id: $nodeId})
WHERE coalesce(n.version, 0) = $expectedVersion
SET n += $nodeProps, n.version = coalesce(n.version, 0) + 1
WITH n
OPTIONAL MATCH (p:Provision {document: $evidence.document, locator: $evidence.locator})
FOREACH (provision IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (n)-[:EVIDENCED_BY]->(provision))
RETURN properties(n) AS props;
