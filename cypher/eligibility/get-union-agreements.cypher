// The part of the eligibility facts that no objective changes (issue 20), read once per data version and shared by
// every question: the curated agreements with the Union, each with the kinds it is recorded as (section 4
// specific agreement, principle 2 explicit, 2.2 agreement or framework) and its record (issue 21: type, reference
// data, article, dates, cyber scope, the kinds whose reading is open), once per agreement with its parties' ids
// (a record per party repeated the whole agreement: at 100k nodes 1.4 MB of the facts' 2.2 MB); and the documents
// cited (for "as of" dates and the agreements' evidence). Agreements, frameworks and declarations (EU-NATO) count;
// a document is a strategy or a reference page. The parties themselves are read with the objective's facts
// (get-eligibility-facts.cypher).
// Parameters: $union (id of the Union as an agreement party).
// Columns: part ('agreements' [map, its parties' ids in `parties`] or 'documents' [map]), items (a slice of that
// list, up to 100; the rows of a part in order; each part has at least one row). db/eligibility.ts factsRow joins them.
CALL () {
  // From the Union, found through the id constraint's index: a pattern with the Union's id as a filter was
  // planned as a scan of every LegalInstrument.
  OPTIONAL MATCH (eu:Entity {id: $union})
  WHERE eu:Actor
  OPTIONAL MATCH (eu)-[:PARTY_TO]->(agreement:LegalInstrument)
  WHERE agreement.type IN ['agreement', 'framework', 'declaration']
    AND size(coalesce(agreement.agreementKinds, [])) > 0
  WITH DISTINCT agreement
  WITH agreement, [(agreement)<-[:PARTY_TO]-(party:Actor) WHERE party.id <> $union | party.id] AS parties
  WHERE size(parties) > 0
  RETURN collect(agreement {
    agreementId: agreement.id, agreementName: agreement.name, kinds: agreement.agreementKinds, parties: parties,
    .type, .referenceData, .article, .articleNote, .dateSigned, .dateSignedNote, .provisionalApplication,
    .provisionalApplicationNote, .entryIntoForce, .entryIntoForceNote, .cyberScope, .ambiguousKinds,
    .kindReadings, .citeDocuments, .citeLocators, .citeQuotes, .citeNotes
  }) AS agreements
}
CALL () {
  MATCH (d:Document)
  RETURN collect(d {.id, .name, .date, .url, .kind, .dateRead, .publisher}) AS documents
}
// In slices of at most 100 items, a row each: the driver decodes a row at a time, between the socket's reads.
UNWIND [['agreements', agreements], ['documents', documents]] AS list
UNWIND range(0, CASE WHEN size(list[1]) = 0 THEN 0 ELSE size(list[1]) - 1 END, 100) AS from
RETURN list[0] AS part, list[1][from..from + 100] AS items;
