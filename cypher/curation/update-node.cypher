// Updates a node (already locked by lock-nodes) only when its version is the expected one, and bumps the
// version; no row back means someone else changed it first. Links the citation's provision unless linked
// (created when missing rather than MERGEd: the node's lock keeps a twin out, and a MERGE would lock the
// provision until the commit, serialising every change that cites it).
// Parameters: $nodeId, $expectedVersion (integer), $nodeProps (map; null values remove properties),
// $evidence ({document, locator} or null). Columns: props (map).
MATCH (n:Entity {id: $nodeId})
WHERE coalesce(n.version, 0) = $expectedVersion
SET n += $nodeProps, n.version = coalesce(n.version, 0) + 1
WITH n
OPTIONAL MATCH (p:Provision {document: $evidence.document, locator: $evidence.locator})
WITH n, CASE WHEN p IS NULL OR EXISTS { (n)-[:EVIDENCED_BY]->(p) } THEN [] ELSE [p] END AS missing
FOREACH (provision IN missing | CREATE (n)-[:EVIDENCED_BY]->(provision))
RETURN properties(n) AS props;
