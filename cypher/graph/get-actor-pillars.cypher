// The pillars (NIS, LAW_ENFORCEMENT, DEFENCE) actors belong to (batching loader of Actor.pillars).
// Parameters: $ids (actor ids). Columns: id, pillars (Pillar codes, sorted).
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN id, COLLECT { MATCH (a)-[:BELONGS_TO_PILLAR]->(p:Pillar) RETURN p.code AS code ORDER BY code } AS pillars;
