// The ten principles of section 3 of ENISA's strategy, by number.
// The 2013 strategy's principles (1.2) carry a document and are not listed here.
// Parameters: none. Columns: id, props (map).
MATCH (p:Principle)
WHERE p.document IS NULL
RETURN p.id AS id, properties(p) AS props
ORDER BY p.number;
