// Every actor and actor class with the names it goes by and the documents citing it (issue 17: a check that
// no actor named by both strategies is left as two unlinked nodes).
// Parameters: none. Columns: id, label, names (name and aliases), documents; sorted by id.
MATCH (a:Actor|ActorClass)
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Entity'][0] AS label, [a.name] + coalesce(a.aliases, []) AS names,
       a.citeDocuments AS documents
ORDER BY id;
