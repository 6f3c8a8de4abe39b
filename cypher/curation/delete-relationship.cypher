// Removes a relationship (locked by lock-relationship) at the expected version, or whatever version when
// $expectedVersion is null.
// Parameters: $fromId, $relType, $toId, $expectedVersion (integer or null). Columns: deleted.
MATCH (:Entity {id: $fromId})-[r]->(:Entity {id: $toId})
WHERE type(r) = $relType AND ($expectedVersion IS NULL OR coalesce(r.version, 0) = $expectedVersion)
DELETE r
RETURN count(*) AS deleted;
