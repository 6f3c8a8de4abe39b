// The actors both strategies name (issue 17: one identity across the two documents): a node both cite is one
// entry (relation SAME); two nodes joined by SAME_AS are one entry of two ids (SAME); a NARROWER_THAN link is an
// entry of two ids (NARROWER: the first is a part of the second).
// Parameters: none.
// Columns: ids (list), relation ('SAME' or 'NARROWER'), note (the link's note, null for one node); sorted by
// relation, then the first id.
MATCH (strategy:Document {kind: 'strategy'})
WITH collect(strategy.id) AS strategies
CALL (strategies) {
  MATCH (a:Actor|ActorClass)
  WHERE all(d IN strategies WHERE d IN a.citeDocuments)
  RETURN [a.id] AS ids, 'SAME' AS relation, null AS note
  UNION
  MATCH (a:Actor|ActorClass)-[r:SAME_AS|NARROWER_THAN]->(b:Actor|ActorClass)
  RETURN [a.id, b.id] AS ids, CASE type(r) WHEN 'SAME_AS' THEN 'SAME' ELSE 'NARROWER' END AS relation, r.note AS note
}
RETURN ids, relation, note
ORDER BY relation, ids[0];
