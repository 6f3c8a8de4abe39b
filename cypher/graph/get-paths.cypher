// The 32 shortest paths between two nodes (undirected, at most $maxLength hops), shortest first. SHORTEST takes
// no parameter in Neo4j 5.26, so it asks for a fixed 32 (room above the cap of 10) and the API keeps k distinct routes
// (paths differing only by parallel relationships count once), ranked by meaning (api/src/db/path-ranking.ts),
// and tells when there were more. Evidence links and Provision/Document nodes are never traversed, and a path
// never visits a node twice (SHORTEST alone repeats nodes: enisa, nato, european-union, nato).
// The quantifier {1,6} is the most hops; the API runs this text with it bounded by $maxLength (pathsStatement in
// api/src/db/graph-queries.ts): the same paths, as the WHERE keeps that bound before SHORTEST selects, without
// searching hops that are then dropped.
// The ends are looked up here too (two unique-index seeks), so "no path" and "no such node" are told apart in
// this one statement: when there is no path, one row with null nodes and edges, whose `missing` lists the ids
// that name no node (the API answers NOT_FOUND), empty when both exist.
// Parameters: $from, $to (node ids), $maxLength (1 to 6), $types (relationship types or null).
// Columns: nodes [{id, label, name, kind, number}], edges [{id, source, target, type, citeDocuments, citeLocators,
// citeQuoted}] (one row per path, in order; both null in the one row of no path), missing [id] (the same in every row).
// citeQuoted[i] tells whether citation i has a quote (true) or is a note (false): the ranking needs only that, so
// the quotes' text is not sent (it was about a fifth of the statement's answer).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
WITH a, b, [end IN [[$from, a], [$to, b]] WHERE end[1] IS NULL | end[0]] AS missing
OPTIONAL CALL (a, b) {
  MATCH p = SHORTEST 32 (a)(()-[r]-(x)
    WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT'] AND NOT x:Provision AND NOT x:Document
      AND ($types IS NULL OR type(r) IN $types)){1,6}(b)
  WHERE length(p) <= $maxLength
    AND all(i IN range(0, length(p) - 1) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j]))
  RETURN p
}
WITH missing, p
ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)]
RETURN [n IN nodes(p) | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name, kind: n.kind, number: n.number}]
       AS nodes,
       [r IN relationships(p) | {id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id, source: startNode(r).id,
                                 target: endNode(r).id, type: type(r), citeDocuments: coalesce(r.citeDocuments, []),
                                 citeLocators: coalesce(r.citeLocators, []), citeQuoted: [q IN coalesce(r.citeQuotes, []) | q IS NOT NULL AND q <> '']}]
       AS edges,
       missing;
