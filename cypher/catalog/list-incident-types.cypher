// The kinds of cyber incident of section 3.2 of the 2013 strategy.
// Parameters: none. Columns: id, props (map).
MATCH (i:IncidentType)
RETURN i.id AS id, properties(i) AS props
ORDER BY i.id;
