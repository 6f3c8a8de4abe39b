// Provisions of one document, optionally under one locator (exact, or "<locator> / …"), in document order (the
// position where the text starts in the source, computed at import: a footnote comes where it is printed); a
// provision without a position (added by curation) after them, in natural locator order (numbers compared as
// numbers: "principle 9" before "principle 10"); one page after a cursor.
// Parameters: $document (document id), $locator (null for all), $afterKey, $afterId (the cursor: sort key and
// id of the last provision seen, null for the first page), $limit (integer, page size + 1).
// Columns: total (matches before paging), provisions [{id, sortKey, props}].
MATCH (p:Provision {document: $document})
WHERE $locator IS NULL OR p.locator = $locator OR p.locator STARTS WITH $locator + ' /'
WITH p,
     right('00000000' + toString(coalesce(p.position, 99999999)), 8) + ' ' + reduce(key = '', part IN [t IN split(replace(replace(toLower(p.locator), '.', ' '), '/', ' '), ' ') WHERE t <> '']
       | key + CASE WHEN part =~ '[0-9]+' THEN right('000000' + part, 6) ELSE part END + ' ') AS sortKey
ORDER BY sortKey, p.id
WITH collect({id: p.id, sortKey: sortKey, props: properties(p)}) AS matches
RETURN size(matches) AS total,
       [p IN matches
        WHERE $afterKey IS NULL OR p.sortKey > $afterKey OR (p.sortKey = $afterKey AND p.id > $afterId)][0..toInteger($limit)]
       AS provisions;
