// Actors filtered by kind, pillar, citing document and a name/alias substring, sorted by name then id;
// one page after a cursor. A document "cites" an actor through the actor's citations or those of its relationships.
// Parameters: $kind (actor kind), $pillar (Pillar code), $level (BELONGS_TO_PILLAR level: EU, NATIONAL,
// EU_AND_NATIONAL), $basis ('figure' or 'text'), $document (document id), $search (lower-case substring), each
// null for no filter (pillar, level and basis hold of one pillar link); $afterKey, $afterId (the cursor: name and id of the last actor seen, null for the first
// page); $limit (integer, page size + 1).
// Columns: total (matches before paging), actors [{id, key (the name), props}].
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND (($pillar IS NULL AND $level IS NULL AND $basis IS NULL)
       OR EXISTS { (a)-[r:BELONGS_TO_PILLAR]->(p:Pillar)
                   WHERE ($pillar IS NULL OR p.code = $pillar) AND ($level IS NULL OR r.level = $level)
                     AND ($basis IS NULL OR r.basis = $basis) })
  AND ($document IS NULL OR $document IN a.citeDocuments OR EXISTS { (a)-[r]-() WHERE $document IN r.citeDocuments })
  AND ($search IS NULL OR toLower(a.name) CONTAINS $search
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS $search))
WITH a.id AS id, a.name AS key, properties(a) AS props
ORDER BY key, id
WITH collect({id: id, key: key, props: props}) AS matches
RETURN size(matches) AS total,
       [a IN matches
        WHERE $afterKey IS NULL OR a.key > $afterKey OR (a.key = $afterKey AND a.id > $afterId)][0..toInteger($limit)]
       AS actors;
