// What a citation points at: the document (label, kind, source file) and whether the locator is one of
// its provisions.
// Parameters: $citeDocument (id), $citeLocator (string or null).
// Columns: label, kind, sourceFile, provision (boolean).
MATCH (d:Entity {id: $citeDocument})
RETURN [l IN labels(d) WHERE l <> 'Entity'][0] AS label, d.kind AS kind, d.sourceFile AS sourceFile,
       EXISTS { MATCH (:Provision {document: $citeDocument, locator: $citeLocator}) } AS provision;
