// The model relationships of several nodes (evidence links EVIDENCED_BY / IN_DOCUMENT left out), each request
// with its own filters and page (batching loader of Actor.relationships).
// Parameters: $requests: [{key, id, types (list, or null for all), direction ('OUT', 'IN' or 'BOTH'),
// offset (integer, relationships skipped), first (integer, page size)}].
// Columns: key, total (relationships matching), relationships (the page and one more, telling that a next page
// exists) [{id, from, to, type, direction, other {id, label, name, kind, number}, props}] by type, direction, name.
UNWIND $requests AS req
MATCH (a:Entity {id: req.id})
CALL (a, req) {
  MATCH (a)-[r]-(b:Entity)
  WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND (req.types IS NULL OR type(r) IN req.types)
  WITH r, b, CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction
  WHERE req.direction = 'BOTH' OR direction = req.direction
  WITH r, b, direction
  ORDER BY type(r), direction DESC, b.name, b.id
  RETURN collect({
    id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id, from: startNode(r).id, to: endNode(r).id,
    type: type(r), direction: direction, props: properties(r),
    other: {id: b.id, label: [l IN labels(b) WHERE l <> 'Entity'][0], name: b.name, kind: b.kind, number: b.number}
  }) AS relationships
}
RETURN req.key AS key, size(relationships) AS total,
       relationships[toInteger(req.offset)..toInteger(req.offset) + toInteger(req.first) + 1] AS relationships;
