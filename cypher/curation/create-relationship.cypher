// Creates a curated relationship at version 1; the type comes from the validated vocabulary.
// Parameters: $fromId, $relType, $toId, $relProps (map). Columns: props (map).
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
CREATE (a)-[r:$($relType)]->(b)
SET r = $relProps, r.version = 1
RETURN properties(r) AS props;
