// Takes the write lock on a relationship (its endpoints are locked first) and reads it after the lock.
// Parameters: $fromId, $relType (from the validated vocabulary), $toId. Columns: props (map).
MATCH (:Entity {id: $fromId})-[r]->(:Entity {id: $toId})
WHERE type(r) = $relType
SET r._lock = true
REMOVE r._lock
RETURN properties(r) AS props;
