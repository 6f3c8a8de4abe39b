// What a citation points at: the document (label, kind, source file), whether the locator is one of its
// provisions, and the texts of that provision: its title, its text and the texts of the provisions under it
// ("4.4" holds "4.4 / bullet 1", …). A curated quote must be found in these.
// Parameters: $citeDocument (id), $citeLocator (string or null).
// Columns: label, kind, sourceFile, provision (boolean), provisionTexts (list of strings; empty without one).
MATCH (d:Entity {id: $citeDocument})
OPTIONAL MATCH (p:Provision {document: $citeDocument, locator: $citeLocator})
RETURN [l IN labels(d) WHERE l <> 'Entity'][0] AS label, d.kind AS kind, d.sourceFile AS sourceFile,
       p IS NOT NULL AS provision,
       CASE
         WHEN p IS NULL THEN []
         ELSE [text IN [p.title, p.text] WHERE text IS NOT NULL] + COLLECT {
           MATCH (s:Provision {document: $citeDocument})
           WHERE s.locator STARTS WITH $citeLocator + ' / '
           RETURN s.text
         }
       END AS provisionTexts;
