// Updates a relationship (locked by lock-relationship) only at the expected version, bumping it; no row
// back means someone else changed it first.
// Parameters: $fromId, $relType, $toId, $expectedVersion (integer), $relProps (map). Columns: props (map).
MATCH (:Entity {id: $fromId})-[r]->(:Entity {id: $toId})
WHERE type(r) = $relType AND coalesce(r.version, 0) = $expectedVersion
SET r += $relProps, r.version = coalesce(r.version, 0) + 1
RETURN properties(r) AS props;
