// Every (document, locator) that a fact cites: nodes other than provisions and documents, and every
// relationship; plus each strategy's numbered sections, its footnote count and its provisions (with the
// reason stated when no fact cites one). Feeds the coverage report.
// Parameters: none. Columns: documents [{id, name, sections, footnotes}], provisions [{document, locator,
// noFactReason}], cited [{document, locator}].
CALL () {
  MATCH (d:Document)
  WHERE d.sections IS NOT NULL
  RETURN collect({id: d.id, name: d.name, sections: d.sections, footnotes: d.footnotes}) AS documents
}
CALL () {
  MATCH (p:Provision)
  RETURN collect({document: p.document, locator: p.locator, noFactReason: p.noFactReason}) AS provisions
}
CALL () {
  MATCH (n:Entity)
  WHERE NOT n:Provision AND NOT n:Document AND n.citeLocators IS NOT NULL
  UNWIND range(0, size(n.citeLocators) - 1) AS i
  RETURN collect(DISTINCT {document: n.citeDocuments[i], locator: n.citeLocators[i]}) AS fromNodes
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.citeLocators IS NOT NULL
  UNWIND range(0, size(r.citeLocators) - 1) AS i
  RETURN collect(DISTINCT {document: r.citeDocuments[i], locator: r.citeLocators[i]}) AS fromRelationships
}
RETURN documents, provisions, fromNodes + fromRelationships AS cited;
