// The approaches of section 2 of ENISA's strategy (limited, assisting, outreach).
// Parameters: none. Columns: id, props (map).
MATCH (a:Approach)
RETURN a.id AS id, properties(a) AS props
ORDER BY a.code;
