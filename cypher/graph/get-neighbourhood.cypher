// The nodes within $depth hops of the start nodes (breadth first, shortest distance), nearest first, capped,
// with every model relationship among the kept nodes. Evidence links (EVIDENCED_BY, IN_DOCUMENT) and
// Provision/Document nodes are never traversed. $kinds keeps only nodes whose actor kind or label is listed
// (start nodes are always kept); $types keeps only those relationship types.
// Parameters: $ids (start ids), $depth (1 to 3), $kinds (list or null), $types (list or null),
// $limit (integer, max nodes).
// Columns: nodes [[id, label, name, kind, number]], edges [[source, type, target]] (the API makes the edge id
// `source|type|target`), total (nodes before the cap), missing (the ids of $ids with no node: the API answers
// NOT_FOUND). Rows as lists, not maps: at 100k nodes the Union hub's 1,000 nodes and 999 edges cost more to move
// and decode than to find (bench/results/2026-12-06-d1962af-W2-100k-profile.md).
MATCH (s:Entity)
WHERE s.id IN $ids
WITH collect(s) AS starts
WITH starts, [id IN $ids WHERE NOT id IN [s IN starts | s.id]] AS missing
// Breadth first by hand: one fixed-length expansion per depth, skipped entirely beyond $depth (a
// variable-length shortest-path search from a hub explored most of the graph on every call).
CALL (starts) {
  CALL (starts) {
    UNWIND starts AS s
    MATCH (s)-[r]-(n)
    WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND NOT n:Provision AND NOT n:Document
      AND ($types IS NULL OR type(r) IN $types)
    RETURN n, 1 AS distance
    UNION
    UNWIND starts AS s
    WITH s WHERE $depth >= 2
    MATCH (s)-[r1]-(m)-[r2]-(n)
    WHERE NOT type(r1) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND NOT type(r2) IN ['EVIDENCED_BY', 'IN_DOCUMENT']
      AND NOT m:Provision AND NOT m:Document AND NOT n:Provision AND NOT n:Document
      AND ($types IS NULL OR (type(r1) IN $types AND type(r2) IN $types))
      AND ($kinds IS NULL OR m.kind IN $kinds OR [l IN labels(m) WHERE l <> 'Entity'][0] IN $kinds)
    RETURN n, 2 AS distance
    UNION
    UNWIND starts AS s
    WITH s WHERE $depth >= 3
    MATCH (s)-[r1]-(m)-[r2]-(o)-[r3]-(n)
    WHERE all(r IN [r1, r2, r3] WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND ($types IS NULL OR type(r) IN $types))
      AND all(x IN [m, o, n] WHERE NOT x:Provision AND NOT x:Document)
      AND ($kinds IS NULL OR all(x IN [m, o] WHERE x.kind IN $kinds OR [l IN labels(x) WHERE l <> 'Entity'][0] IN $kinds))
    RETURN n, 3 AS distance
  }
  WITH n, min(distance) AS distance
  WHERE NOT n IN starts
    AND ($kinds IS NULL OR n.kind IN $kinds OR [l IN labels(n) WHERE l <> 'Entity'][0] IN $kinds)
  ORDER BY distance, n.name, n.id
  RETURN collect(n) AS found
}
WITH missing, starts + found AS reached
WITH missing, size(reached) AS total, reached[0..toInteger($limit)] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept AND NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND ($types IS NULL OR type(r) IN $types)
  RETURN collect([a.id, type(r), b.id]) AS edges
}
RETURN [n IN kept | [n.id, [l IN labels(n) WHERE l <> 'Entity'][0], n.name, n.kind, n.number]]
       AS nodes, edges, total, missing;
