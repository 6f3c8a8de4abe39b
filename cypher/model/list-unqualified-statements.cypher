// Relationships a strategy states that carry no modality (issue 17: every statement says how firmly it is made).
// Structural links are left out: UNDER_PRIORITY, UNDER_OBJECTIVE, USES_APPROACH, STATED_IN, identity links, the parts of a rule or
// a provision's cross-references, and an article or recital PART_OF its act (api/src/seed/schema.ts).
// Parameters: none. Columns: from, type, to, locators; sorted by from, type, to.
MATCH (strategy:Document {kind: 'strategy'})
WITH collect(strategy.id) AS strategies
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN_DOCUMENT', 'UNDER_PRIORITY', 'UNDER_OBJECTIVE', 'USES_APPROACH', 'STATED_IN',
                      'SAME_AS', 'NARROWER_THAN']
  AND NOT (a:EligibilityRule OR a:Provision)
  AND NOT (type(r) = 'PART_OF' AND a:LegalInstrument)
  AND any(d IN coalesce(r.citeDocuments, []) WHERE d IN strategies)
  AND r.modality IS NULL
RETURN a.id AS from, type(r) AS type, b.id AS to, r.citeLocators AS locators
ORDER BY from, type, to;
