// The whole graph (model relationships only, no evidence links), capped.
// Parameters: $limit (integer, max nodes). Columns: nodes [{id, label, name, kind}], edges [{id, source, target, type}], total.
MATCH (n:Entity)
WHERE NOT n:Provision AND NOT n:Document
WITH count(n) AS total, collect(n)[0..$limit] AS kept
UNWIND kept AS n
WITH total, collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect({id: a.id + '|' + type(r) + '|' + b.id, source: a.id, target: b.id, type: type(r)}) AS edges
}
RETURN [n IN nodes | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name, kind: n.kind}] AS nodes,
       edges, total;
