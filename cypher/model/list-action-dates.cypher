// Every Action with its date or its statement that it has none (issue 17).
// Parameters: none.
// Columns: id, date, datePrecision, dateRole, dateQualifier, dateText, undated, recurrence, recurrenceText,
// sorted by id.
MATCH (a:Action)
RETURN a.id AS id, a.date AS date, a.datePrecision AS datePrecision, a.dateRole AS dateRole,
       a.dateQualifier AS dateQualifier, a.dateText AS dateText, coalesce(a.undated, false) AS undated,
       a.recurrence AS recurrence, a.recurrenceText AS recurrenceText
ORDER BY id;
