// Every document: the two strategies first, then the official pages behind reference data.
// Parameters: none. Columns: id, props (map).
MATCH (d:Document)
RETURN d.id AS id, properties(d) AS props
ORDER BY CASE d.kind WHEN 'strategy' THEN 0 ELSE 1 END, d.date, d.id;
