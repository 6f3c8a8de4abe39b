// The facts the eligibility reasoning needs for one objective (or all): the rules (with the provisions they
// refer to: a safeguard's Article 12 of the CSA, with its official identification), what they name (actors,
// groups, classes, with their explicit members: roles, notes, dates and citations of each MEMBER_OF), and the
// actors. The curated agreements with the Union and the documents do not depend on the objective:
// get-union-agreements.cypher reads them once for every question (issue 20); this statement reads only their
// parties' ids, to read those actors. A rule's statedAs: the citations of its APPLIES_TO edges, which record its
// sentences' modality (issue 17).
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
// Columns: part (the list: objectives [string], rules [map], targets [map, each member a list: [id, role, note,
// since, suspended, left, citeDocuments, citeLocators, citeQuotes, citeNotes]], actors [[id, name, kind]], kindCounts
// [{kind, count}]: every actor of each kind a named class counts by definition, listed or not), items (a slice of
// that list, up to 100; the rows of a part in order; each part has at least one row). db/eligibility.ts factsRow
// joins the slices.
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
    // A member as a list, not a map (issue 20: at a million nodes, 13k members and 31k actors; with their keys the
    // warm read took 1.4-1.7 times as long, Neo4j writing and the driver decoding them): db/eligibility-facts.ts
    // toMember (and toListedActor for the actors below).
    members: [(m:Actor)-[mo:MEMBER_OF]->(t) | [m.id, mo.role, mo.note, mo.since, mo.suspended, mo.left,
      mo.citeDocuments, mo.citeLocators, mo.citeQuotes, mo.citeNotes]]
  }) AS targets
}
CALL () {
  // The ids of the parties to the Union's agreements (their records: get-union-agreements.cypher, read once for
  // every objective), as that statement finds them.
  OPTIONAL MATCH (eu:Entity {id: $union})
  WHERE eu:Actor
  OPTIONAL MATCH (eu)-[:PARTY_TO]->(agreement:LegalInstrument)<-[:PARTY_TO]-(party:Actor)
  WHERE agreement.type IN ['agreement', 'framework', 'declaration']
    AND size(coalesce(agreement.agreementKinds, [])) > 0 AND party.id <> $union
  RETURN collect(party.id) AS parties
}
CALL (rules, targets, parties) {
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
  CALL (targets, parties) {
    UNWIND targets AS t
    UNWIND [t.id] + [m IN t.members | m[0]] AS id
    WITH collect(DISTINCT id) AS ids
    RETURN ids + parties AS listed
  }
  CALL (listed) {
    MATCH (a:Entity)
    WHERE a.id IN listed AND a:Actor
    WITH DISTINCT a
    RETURN collect([a.id, a.name, a.kind]) AS actors
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
// The lists in slices of at most 100 items, a row each (issue 20): one row of every list was decoded by the
// driver in one piece, which at a million nodes held the API's event loop for seconds; row by row, the decoding
// is spread over the socket's reads. Every list has at least one row (empty when it is).
UNWIND [
  ['objectives', objectives], ['rules', rules], ['targets', targets], ['actors', actors], ['kindCounts', kindCounts]
] AS list
UNWIND range(0, CASE WHEN size(list[1]) = 0 THEN 0 ELSE size(list[1]) - 1 END, 100) AS from
RETURN list[0] AS part, list[1][from..from + 100] AS items;
