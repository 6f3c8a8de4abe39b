// The facts the eligibility reasoning needs for one objective (or all): the rules (with the provisions they
// refer to: a safeguard's Article 12 of the CSA, with its official identification), what they name (actors,
// groups, classes, with their explicit members: roles, notes, dates and citations of each MEMBER_OF), the
// actors, the documents cited (for "as of" dates), and curated agreements with the Union, each with the
// kinds it is recorded as (section 4 specific agreement, principle 2 explicit, 2.2 agreement or framework), and
// its record (issue 21: type, reference data, article, dates, cyber scope, the kinds whose reading is open).
// Agreements, frameworks and declarations (EU-NATO) count; a document is a strategy or a reference page.
// A rule's statedAs: the citations of its APPLIES_TO edges, which record its sentences' modality (issue 17).
// The reasoning itself is pure TypeScript (api/src/domain/eligibility).
// Parameters: $objective ("SO4.4" or "ALL"), $union (id of the Union as an agreement party).
// Only the actors the rules name individually are read (issue 20: at a million nodes there are ~440k actors):
// the actors named, the members of what is named (groups, classes, the groups a class lists), and the parties
// to the Union's agreements. The actors of the kinds a named class counts as members by definition
// (memberKinds) are COUNTED per kind, through the actor_kind index, not listed: all of them that have no
// route of their own stand alike (domain/eligibility/by-kind.ts); eligibility/get-actors-of-kinds.cypher
// lists them, a page at a time. Any other actor (an assumed one, a whyNot partner, a profile's actor) is read
// by eligibility/get-actors-by-ids.cypher (db/eligibility.ts). Country groups are read as targets only where
// a rule names them or a class lists them (their member countries stand for it).
// Columns: objectives [string], rules [map], targets [map], actors [map], agreements [map], documents [map],
// kindCounts [{kind, count}] (every actor of each kind a named class counts by definition, listed or not).
CALL () {
  MATCH (o:StrategicObjective)
  RETURN collect(o.code) AS objectives
}
CALL () {
  MATCH (r:EligibilityRule)
  WHERE $objective = 'ALL' OR r.objective IN [$objective, 'ALL']
  RETURN collect(r {
    .id, .name, .objective, .approaches, .effect, .activity, .scope,
    .conditionKinds, .conditionTexts, .conditionLocators, .approachStated, .approachReading, .ambiguities,
    .citeDocuments, .citeLocators, .citeQuotes, .citeNotes,
    appliesTo: [(r)-[:APPLIES_TO]->(t) | t.id],
    statedAs: [(r)-[a:APPLIES_TO]->() | a { .citeDocuments, .citeLocators, .citeQuotes, .citeModalities, .citeVerbPhrases }],
    membersOnly: [(r)-[a:APPLIES_TO]->(t) WHERE a.reach = 'members' | t.id],
    provisions: [(r)-[:REFERS_TO]->(l:LegalInstrument) | l {
      .id, .name, .identification, .officialUrl, .officialText, .officialTextNote
    }],
    principle: head([(r)-[:STATED_IN]->(p:Principle) | p.number])
  }) AS rules
}
CALL (rules) {
  UNWIND rules AS rule
  UNWIND rule.appliesTo AS targetId
  WITH collect(DISTINCT targetId) AS named
  // Three index or label seeks: one filter with OR over every :Entity would scan the whole graph. UNION ALL and
  // then DISTINCT on the node: a UNION's own DISTINCT would compare the imported list on every row.
  CALL (named) {
    MATCH (t:Entity)
    WHERE t.id IN named
    RETURN t
    UNION ALL
    MATCH (t:ActorClass)
    RETURN t
    UNION ALL
    MATCH (t:Actor {kind: 'country-group'})-[:MEMBER_OF]->(:ActorClass)
    RETURN t
  }
  WITH DISTINCT t
  RETURN collect(t {
    .id, .name, .kind, .memberKinds, .filledBy, .admitsKinds,
    label: [l IN labels(t) WHERE l <> 'Entity'][0],
    members: [(m:Actor)-[mo:MEMBER_OF]->(t) | {
      id: m.id, role: mo.role, note: mo.note, since: mo.since, suspended: mo.suspended, left: mo.left,
      citeDocuments: mo.citeDocuments, citeLocators: mo.citeLocators, citeQuotes: mo.citeQuotes, citeNotes: mo.citeNotes
    }]
  }) AS targets
}
CALL () {
  MATCH (d:Document)
  RETURN collect(d {.id, .name, .date, .url, .kind, .dateRead, .publisher}) AS documents
}
CALL () {
  // From the Union, found through the id constraint's index: a pattern with the Union's id as a filter was
  // planned as a scan of every LegalInstrument (issue 20: the statement's largest cost at scale).
  OPTIONAL MATCH (eu:Entity {id: $union})
  WHERE eu:Actor
  OPTIONAL MATCH (eu)-[:PARTY_TO]->(agreement:LegalInstrument)<-[:PARTY_TO]-(party:Actor)
  WHERE agreement.type IN ['agreement', 'framework', 'declaration']
    AND size(coalesce(agreement.agreementKinds, [])) > 0 AND party.id <> $union
  RETURN collect(CASE WHEN party IS NULL THEN null ELSE {
    actorId: party.id, agreementId: agreement.id, agreementName: agreement.name, kinds: agreement.agreementKinds,
    type: agreement.type, referenceData: agreement.referenceData, article: agreement.article,
    articleNote: agreement.articleNote, dateSigned: agreement.dateSigned, dateSignedNote: agreement.dateSignedNote,
    provisionalApplication: agreement.provisionalApplication,
    provisionalApplicationNote: agreement.provisionalApplicationNote, entryIntoForce: agreement.entryIntoForce,
    entryIntoForceNote: agreement.entryIntoForceNote, cyberScope: agreement.cyberScope,
    ambiguousKinds: agreement.ambiguousKinds, kindReadings: agreement.kindReadings,
    citeDocuments: agreement.citeDocuments, citeLocators: agreement.citeLocators,
    citeQuotes: agreement.citeQuotes, citeNotes: agreement.citeNotes
  } END) AS agreements
}
CALL (rules, targets, agreements) {
  // Lists built by UNWIND and collect: a reduce that appends to a list copies it each step (quadratic).
  CALL (rules) {
    UNWIND rules AS rule
    UNWIND rule.appliesTo AS targetId
    RETURN collect(DISTINCT targetId) AS named
  }
  CALL (targets, named) {
    UNWIND targets AS t
    WITH t
    WHERE t.label = 'ActorClass' AND t.id IN named
    UNWIND coalesce(t.memberKinds, []) AS kind
    RETURN collect(DISTINCT kind) AS kinds
  }
  CALL (targets, agreements) {
    UNWIND targets AS t
    UNWIND [t.id] + [m IN t.members | m.id] AS id
    WITH collect(DISTINCT id) AS ids, agreements
    RETURN ids + [g IN agreements | g.actorId] AS listed
  }
  CALL (listed) {
    MATCH (a:Entity)
    WHERE a.id IN listed AND a:Actor
    WITH DISTINCT a
    RETURN collect(a {.id, .name, .kind}) AS actors
  }
  // One index count per kind: rows of the actor_kind index, no property read.
  CALL (kinds) {
    UNWIND kinds AS kind
    CALL (kind) {
      MATCH (a:Actor)
      WHERE a.kind = kind
      RETURN count(a) AS n
    }
    RETURN collect({kind: kind, count: n}) AS kindCounts
  }
  RETURN actors, kindCounts
}
RETURN objectives, rules, targets, actors, agreements, documents, kindCounts;
