// The ten principles of section 3 of ENISA's strategy, by number.
// Parameters: none. Columns: id, props (map).
MATCH (p:Principle)
RETURN p.id AS id, properties(p) AS props
ORDER BY p.number;
