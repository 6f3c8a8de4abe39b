// The actors of some kinds that the eligibility facts hold by kind, not by name (issue 20): every actor of
// $kinds except $skip (those read individually, evaluated on their own), in the order of the answer's keyset
// pages: by name (the id where there is none), then id, code point order; after ($afterKey, $afterId) when given.
// Through the actor_kind index; at most $limit rows.
// Parameters: $kinds [string], $skip [string], $afterKey (string or null), $afterId (string or null), $limit int.
// Columns: id, name, kind, key (the sort key: the name, or the id).
MATCH (a:Actor)
WHERE a.kind IN $kinds AND NOT a.id IN $skip
WITH a, coalesce(a.name, a.id) AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND a.id > $afterId)
RETURN a.id AS id, a.name AS name, a.kind AS kind, key
ORDER BY key, id
LIMIT $limit;
