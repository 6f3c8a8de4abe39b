// Agreements (legal instruments of type agreement) by id, with the ids of their parties (Query.agreement).
// Parameters: $ids (list of strings). Columns: id, props (map), partyIds (list, by id).
UNWIND $ids AS id
MATCH (a:LegalInstrument {id: id})
WHERE a.type = 'agreement'
RETURN a.id AS id, properties(a) AS props,
       COLLECT { MATCH (p:Actor)-[:PARTY_TO]->(a) RETURN p.id AS party ORDER BY party } AS partyIds;
