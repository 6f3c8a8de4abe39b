// Every Action with the force of the sentence that states it (issue 17).
// Parameters: none. Columns: id, modality; sorted by id.
MATCH (a:Action)
RETURN a.id AS id, a.modality AS modality
ORDER BY id;
