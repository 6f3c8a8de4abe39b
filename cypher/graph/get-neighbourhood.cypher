// The nodes within $depth hops of the start nodes (breadth first, shortest distance), nearest first, capped,
// with every model relationship among the kept nodes. Evidence links (EVIDENCED_BY, IN_DOCUMENT) and
// Provision/Document nodes are never traversed. $kinds keeps only nodes whose actor kind or label is listed
// (start nodes are always kept); $types keeps only those relationship types.
// Parameters: $ids (start ids), $depth (1 to 3), $kinds (list or null), $types (list or null),
// $limit (integer, max nodes).
// Columns: nodes [{id, label, name, kind, number}], edges [{id, source, target, type}], total (nodes before the cap).
MATCH (s:Entity)
WHERE s.id IN $ids
WITH collect(s) AS starts
CALL (starts) {
  UNWIND starts AS s
  MATCH p = ANY SHORTEST (s)(()-[r]-(x)
    WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND NOT x:Provision AND NOT x:Document
      AND ($types IS NULL OR type(r) IN $types)
      AND ($kinds IS NULL OR x.kind IN $kinds OR [l IN labels(x) WHERE l <> 'Entity'][0] IN $kinds)){1,3}(n)
  WHERE length(p) <= $depth AND NOT n IN starts
  WITH n, min(length(p)) AS distance
  ORDER BY distance, n.name, n.id
  RETURN collect(n) AS found
}
WITH starts + found AS reached
WITH size(reached) AS total, reached[0..toInteger($limit)] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept AND NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND ($types IS NULL OR type(r) IN $types)
  RETURN collect({id: a.id + '|' + type(r) + '|' + b.id, source: a.id, target: b.id, type: type(r)}) AS edges
}
RETURN [n IN kept | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name, kind: n.kind, number: n.number}]
       AS nodes, edges, total;
