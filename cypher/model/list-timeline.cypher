// Dated actions, events, exercises and instruments in time order (issue 17), each with the window of days its
// date allows: a year spans the year, a month the month; a deadline has an open start, a start an open end.
// Parameters: $document (a document id the node cites, or null for all); $dateFrom, $dateTo ('YYYY-MM-DD' or
// null: open). A node is listed when its window overlaps [$dateFrom, $dateTo].
// Columns: id, label, name, kind, number, date, datePrecision, dateRole, dateQualifier, dateSource, recurrence,
// windowStart, windowEnd (ISO days, null when open), props (the node's properties); sorted by window start (an open start first), precision (year before
// month before day), then id.
MATCH (n)
WHERE (n:Action OR n:Event OR n:Exercise OR n:LegalInstrument) AND n.date IS NOT NULL
  AND ($document IS NULL OR $document IN n.citeDocuments)
WITH n,
     CASE n.datePrecision
       WHEN 'year' THEN date(n.date + '-01-01')
       WHEN 'month' THEN date(n.date + '-01')
       ELSE date(n.date)
     END AS first
WITH n, first,
     CASE n.datePrecision
       WHEN 'year' THEN first + duration('P1Y') - duration('P1D')
       WHEN 'month' THEN first + duration('P1M') - duration('P1D')
       ELSE first
     END AS last
WITH n,
     CASE WHEN n.dateRole = 'deadline' THEN null ELSE first END AS windowStart,
     CASE WHEN n.dateRole = 'start' THEN null ELSE last END AS windowEnd,
     first
WHERE ($dateTo IS NULL OR windowStart IS NULL OR windowStart <= date($dateTo))
  AND ($dateFrom IS NULL OR windowEnd IS NULL OR windowEnd >= date($dateFrom))
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, n.kind AS kind,
       n.number AS number, properties(n) AS props, n.date AS date, n.datePrecision AS datePrecision,
       n.dateRole AS dateRole, n.dateQualifier AS dateQualifier, coalesce(n.dateSource, 'text') AS dateSource,
       n.recurrence AS recurrence, toString(windowStart) AS windowStart, toString(windowEnd) AS windowEnd
ORDER BY first, CASE n.datePrecision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END, id;
