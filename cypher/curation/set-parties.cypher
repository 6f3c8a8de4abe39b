// Replaces the parties of an agreement: (party)-[:PARTY_TO]->(agreement) for exactly $partyIds. Kept
// parties keep their relationship; new ones get it at version 1 with the change's citation.
// Parameters: $nodeId (agreement), $partyIds (list of strings), $relProps (map).
// Columns: previous (party ids before), parties (party ids after).
MATCH (g:Entity {id: $nodeId})
OPTIONAL MATCH (old:Entity)-[r:PARTY_TO]->(g)
WITH g, collect(old.id) AS previous, collect(CASE WHEN NOT old.id IN $partyIds THEN r END) AS dropped
FOREACH (r IN dropped | DELETE r)
WITH g, previous
CALL (g) {
  UNWIND $partyIds AS partyId
  MATCH (p:Entity {id: partyId})
  MERGE (p)-[r:PARTY_TO]->(g)
  ON CREATE SET r += $relProps, r.version = 1
  RETURN collect(p.id) AS parties
}
RETURN previous, parties;
