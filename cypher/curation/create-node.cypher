// Creates a curated node at version 1 (the unique id constraint refuses a concurrent twin), with its
// label from the validated vocabulary, and links it to the provision its citation points at (CREATE, not
// MERGE: the node is new, so the link cannot exist, and a MERGE would lock the provision until the commit,
// serialising every change that cites it).
// Parameters: $nodeId, $nodeLabel (Actor or LegalInstrument), $nodeProps (map), $evidence ({document,
// locator} or null). Columns: props (map).
CREATE (n:Entity {id: $nodeId})
SET n:$($nodeLabel)
SET n += $nodeProps, n.version = 1
WITH n
OPTIONAL MATCH (p:Provision {document: $evidence.document, locator: $evidence.locator})
FOREACH (provision IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (n)-[:EVIDENCED_BY]->(provision))
RETURN properties(n) AS props;
