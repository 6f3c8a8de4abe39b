// The instruments an actor is established or mandated by (or whose proposal concerns its mandate), with their
// dates and where each date comes from (issue 17: ENISA's mandate, dated).
// Parameters: $id (actor id).
// Columns: id, type, relation, date, datePrecision, dateRole, dateSource, dateReference, dateNote; sorted by
// date (undated last), then id.
MATCH (:Actor {id: $id})-[r:ESTABLISHED_BY|MANDATED_BY]->(i:LegalInstrument)
RETURN i.id AS id, i.type AS type, type(r) AS relation, i.date AS date, i.datePrecision AS datePrecision,
       i.dateRole AS dateRole, CASE WHEN i.date IS NULL THEN null ELSE coalesce(i.dateSource, 'text') END AS dateSource,
       i.dateReference AS dateReference, i.dateNote AS dateNote
ORDER BY i.date IS NULL, i.date, id;
