/**
 * The one vocabulary of the explorer: every closed list of terms that the seed, the graph, the API, the UI and
 * the briefings share. Each term is written here once, as the graph stores it (`eu-agency`, `SO4.4`,
 * `LegalInstrument`), with what it means. The seed validator checks the data against it, the domain and the
 * resolvers type their values with it, and the GraphQL enums are generated from it (npm run codegen): each
 * enum value is the term's `enumName` (`EU_AGENCY`, `SO4_4`, `LEGAL_INSTRUMENT`), mapped back to the term
 * when the API reads or writes it. Pure data: no I/O, no imports.
 */

/** A closed list of terms, in order, each with its description; `name` is the GraphQL enum generated from it. */
export interface Vocabulary<V extends string = string> {
  /** The GraphQL enum's name, e.g. `ActorKind`. */
  readonly name: string;
  readonly description: string;
  /** The terms, as the graph and the seed store them, in their documented order. */
  readonly values: readonly V[];
  readonly descriptions: Readonly<Record<V, string>>;
  has(value: unknown): value is V;
}

function vocabulary<const D extends Record<string, string>>(
  name: string,
  description: string,
  descriptions: D,
): Vocabulary<Extract<keyof D, string>> {
  const values = Object.keys(descriptions) as Array<Extract<keyof D, string>>;
  const known = new Set<string>(values);
  return {
    name,
    description,
    values,
    descriptions,
    has: (value: unknown): value is Extract<keyof D, string> => typeof value === 'string' && known.has(value),
  };
}

/**
 * A term's GraphQL enum value: upper case, words joined by `_` (`eu-agency` → `EU_AGENCY`, `SO4.4` →
 * `SO4_4`, `LegalInstrument` → `LEGAL_INSTRUMENT`, `upsertActor` → `UPSERT_ACTOR`). Idempotent, so an enum
 * value maps to itself: code that may hold either spelling of a term (the palette) can key on this.
 */
export const enumName = (term: string): string =>
  term
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .toUpperCase();

/** The term an enum value stands for (`SO4_4` → `SO4.4`, `EU_AGENCY` → `eu-agency`); undefined when none. */
export const termOf = <V extends string>(vocabulary: Vocabulary<V>, name: string): V | undefined =>
  vocabulary.values.find((term) => enumName(term) === name);

/** Ids of every node: lowercase kebab-case slugs of the usual short name (`enisa`, `europol-ec3`, `japan`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ACTOR_KINDS = vocabulary('ActorKind', 'What kind of actor an actor is.', {
  'eu-institution':
    'An institution of the Union: the European Commission, the Council, the European Parliament, the High Representative.',
  'eu-agency': 'An agency of the Union, such as ENISA, Europol, the European Defence Agency, CEPOL or Eurojust.',
  'eu-body': 'Another body, office or service of the Union, such as the EEAS, DG CONNECT, the JRC or EC3.',
  'governance-body': 'A board or task force that governs or steers another actor, such as the ENISA Management Board.',
  'member-state-role':
    'What each Member State has or does, such as national CERTs or national NIS competent authorities.',
  'international-organisation': 'An organisation of states, such as NATO, the OSCE, the OECD or the United Nations.',
  'third-country': 'A country outside the Union, such as the United States or Japan.',
  'country-group': 'A group of countries, such as the Western Balkans or the Eastern Partnership.',
  'private-sector': 'Industry, companies and vendors, operators and providers.',
  partnership: 'A partnership of public and private actors, such as EP3R.',
  network: 'A network of authorities, centres or researchers, such as the network of NIS competent authorities.',
  'standardisation-body': 'A standardisation organisation or group, such as CEN, CENELEC, ETSI or the CSCG.',
  'working-group': 'A working group of governments, such as the EU-US Working Group on Cyber-Security and Cyber-Crime.',
  other: 'An actor that fits no other kind, such as the European Union itself or academia.',
});
export type ActorKind = (typeof ACTOR_KINDS.values)[number];

export const RELATIONSHIP_TYPES = vocabulary('RelationshipType', 'The type of a relationship of the model.', {
  MEMBER_OF: 'The actor is a member of a group, an organisation or a class of actors.',
  PART_OF: 'The node is a part of another: a unit of an organisation, an article of an instrument.',
  GOVERNS: 'The actor governs or steers the other.',
  GOVERNED_BY: 'The actor is governed by the other, such as an agency by its Management Board.',
  COORDINATES_WITH: 'The two actors coordinate their work.',
  COOPERATES_WITH: 'The two actors cooperate.',
  MANDATED_BY: 'The actor or document takes its mandate from the instrument, such as ENISA from the Cybersecurity Act.',
  ESTABLISHED_BY:
    'The entity was established by the instrument (ENISA by Regulation 460/2004), or at the event (the EU-US Working Group at the 2010 summit).',
  PARTY_TO: 'The actor is a party to an agreement, a convention or a treaty.',
  ASSIGNED_TO: 'The action is carried out by the actor.',
  REQUESTED_BY: 'The action is asked for by the actor (a request or an invitation).',
  SUPPORTS: 'The node supports the other.',
  PARTICIPATES_IN: 'The actor takes part in the other: an action, an event, a network, an instrument.',
  ORGANISES: 'The actor organises the event.',
  FUNDED_BY: 'The node is funded by the actor or under the instrument.',
  RESPONDS_TO: 'The actor responds to a kind of incident (2013 strategy, section 3.2), in an order and with a role.',
  BELONGS_TO_PILLAR:
    'The actor belongs to a pillar of the 2013 strategy: network and information security, law enforcement or defence.',
  PURSUES_OBJECTIVE: 'The actor pursues the strategic objective.',
  UNDER_PRIORITY: 'The action comes under a strategic priority of the 2013 strategy.',
  REFERS_TO: 'The node refers to the other, usually an instrument.',
  AMENDS: 'The instrument amends the other.',
  REPLACES: 'The instrument replaces the other.',
  PROPOSES: 'The actor proposes the instrument or document.',
  ENGAGES_IN_DIALOGUE_WITH: 'The two actors hold a dialogue.',
  COMPLEMENTS:
    "The two actors complement (or seek to complement) each other's efforts, such as the EU and NATO (2013, 2.3).",
  REPRESENTED_IN: 'The actor is represented in the other.',
  APPLIES_TO: 'The eligibility rule names the actor, group or class.',
  UNDER_OBJECTIVE: 'The eligibility rule comes under the strategic objective.',
  USES_APPROACH: 'The eligibility rule uses the approach.',
  STATED_IN: 'The eligibility rule is stated in the principle.',
  REPORTS_TO: 'The actor reports to the other, one way (its subject says what is reported).',
  BUILDS_ON: 'The action should build on the work or expertise of the actor.',
  ADOPTED_BY: 'The instrument was adopted or launched by the actor.',
  COMMITS_TO: 'The actor commits itself to the action ("The Commission will").',
  SAME_AS: 'The two nodes are the same actor as the two documents name it (a note says why they stay two nodes).',
  NARROWER_THAN: 'The actor one document names is a part of the actor the other names (a note says how).',
  FOUNDED_BY: 'The body was launched or founded by the actor (the Global Alliance against Child Sexual Abuse Online).',
});
export type RelationshipType = (typeof RELATIONSHIP_TYPES.values)[number];

export const APPROACHES = vocabulary(
  'Approach',
  "The three approaches of section 2 of ENISA's strategy, by the resources ENISA commits.",
  {
    LIMITED: 'The default approach (2.1): no dedicated resources beyond mission or conference costs.',
    ASSISTING:
      'Responding to requests for assistance (2.2), with resources dedicated to specific strategic objectives.',
    OUTREACH: 'Proactive engagement with specific international partners (2.3), with resources ENISA may plan for it.',
  },
);
export type ApproachCode = (typeof APPROACHES.values)[number];
/** The GraphQL enum's name for an approach code. */
export type Approach = ApproachCode;

export const AGREEMENT_KINDS = vocabulary(
  'AgreementKind',
  'The three kinds of agreement ENISA\'s strategy names, each filling its own class of partners with its own conditions (seed/READINGS.md, "How each kind of agreement fills each class").',
  {
    SPECIFIC_EU_AGREEMENT:
      'Section 4: "third countries with which there are specific EU agreements"; engagement needs Management Board endorsement and works in line with the specific provisions of the agreement.',
    EXPLICIT_CYBER_AGREEMENT:
      'Principle 2: cooperation in cybersecurity "explicitly stated in an agreement"; outreach respects the limits of the agreement provisions.',
    CYBER_AGREEMENT_OR_FRAMEWORK:
      'Section 2.2: "agreements or frameworks that promote specific or general cooperation in cybersecurity"; assisting, at the request of the partner.',
  },
);
export type AgreementKind = (typeof AGREEMENT_KINDS.values)[number];

export const ASSUMPTION_KINDS = vocabulary(
  'AssumptionKind',
  'What a what-if assumption (or curated data) says about an actor, filling a class that a rule names. The strategy names three kinds of agreement, each filling its own class with its own conditions (seed/READINGS.md).',
  {
    SPECIFIC_EU_AGREEMENT:
      'Section 4: "third countries with which there are specific EU agreements" (SO4.1, SO4.4, SO4.7 outreach, with the endorsement of the Management Board).',
    EXPLICIT_CYBER_AGREEMENT:
      'Principle 2: cooperation in cybersecurity "explicitly stated in an agreement" (outreach, within the limits of the agreement).',
    CYBER_AGREEMENT_OR_FRAMEWORK:
      '2.2: "agreements or frameworks that promote specific or general cooperation in cybersecurity" (assisting).',
    INCOMPATIBLE:
      "Contacts or cooperation with the actor would be deemed incompatible with the Union's interests or policy goals (principle 4); for a group, engagement through the group is excluded too.",
    IN_CLASS:
      'The actor is a member of an open class the text names by example (e.g. "like-minded countries such as the United States"); the assumption names the class.',
  },
);
export type AssumptionKind = (typeof ASSUMPTION_KINDS.values)[number];

export const PILLARS = vocabulary('Pillar', 'The three pillars of the 2013 strategy (its section 3).', {
  NIS: 'Network and information security.',
  LAW_ENFORCEMENT: 'Law enforcement.',
  DEFENCE: 'Defence.',
});
export type Pillar = (typeof PILLARS.values)[number];

export const CONDITION_KINDS = vocabulary(
  'ConditionKind',
  'What a condition on an engagement asks for, as the provision states it.',
  {
    MB_ENDORSEMENT: "Endorsement by ENISA's Management Board.",
    EB_ENDORSEMENT: "Endorsement by ENISA's Executive Board.",
    MB_APPROVAL: "Approval by ENISA's Management Board.",
    EB_NOTIFICATION: "Notification of ENISA's Executive Board.",
    CONSULT_EEAS_AND_COMMISSION: 'Consultation of the EEAS and the Commission.',
    CONSULT_DG_CONNECT: 'Consultation of DG CONNECT.',
    WITHIN_AGREEMENT_LIMITS: 'Within the limits of the provisions of the agreement.',
    WHEN_RELEVANT: 'Only when it is relevant to the objective.',
    ON_REQUEST: 'Only at the request of the partner.',
    SIGNIFICANT_ADDED_VALUE: 'The engagement must add significant value to a specific strategic objective.',
    IN_LINE_WITH_UNION_POLICIES: "The engagement must be in line with the Union's policies.",
    AD_HOC_BASIS: 'The limited approach: engagement on an ad hoc basis (2.1).',
    NO_DEDICATED_RESOURCES: 'The limited approach: no resources dedicated beyond mission or conference costs (2.1).',
    FOCUS_SHARED_VALUES_PARTNERS:
      "Principle 1: the focus is on partners with strategic economic relationships that share the Union's values.",
    ALIGN_WITH_MEMBER_STATES: "Principle 5: align with, and add value to, Member States' partnerships.",
    HIGH_MEASURABLE_ADDED_VALUE:
      "Section 2: only areas and activities with high and measurable added value in achieving the Agency's strategic objectives.",
    INCLUSIVENESS_RECIPROCITY_AUTONOMY:
      'Footnote 5: inclusiveness, reciprocity and the decision-making autonomy of the Union.',
    WITHOUT_PREJUDICE_MS_SECURITY_DEFENCE:
      "Footnote 5: without prejudice to the specific character of Member States' security and defence policy.",
  },
);
export type ConditionKind = (typeof CONDITION_KINDS.values)[number];

export const OBJECTIVES = vocabulary(
  'Objective',
  "The strategic objectives of section 4 of ENISA's strategy, and ALL for the rules of sections 2 and 3.",
  {
    ALL: 'Every objective: the general rules of sections 2 and 3, which apply under each of them.',
    'SO4.1': 'SO4.1: empowered and engaged communities across the cybersecurity ecosystem.',
    'SO4.2': 'SO4.2: cybersecurity as an integral part of EU policies.',
    'SO4.3':
      'SO4.3: effective cooperation among operational actors within the Union in case of massive cyber incidents.',
    'SO4.4': 'SO4.4: cutting-edge competences and capabilities in cybersecurity across the Union.',
    'SO4.5': 'SO4.5: a high level of trust in secure digital solutions.',
    'SO4.6': 'SO4.6: foresight on emerging and future cybersecurity challenges.',
    'SO4.7': 'SO4.7: efficient and effective cybersecurity information and knowledge management for Europe.',
  },
);
export type Objective = (typeof OBJECTIVES.values)[number];

export const INCIDENT_TYPES = vocabulary(
  'IncidentTypeCode',
  'The kinds of cyber incident that section 3.2 of the 2013 strategy distinguishes.',
  {
    MAJOR: 'Any major cyber incident or attack (the lead paragraph).',
    BUSINESS_CONTINUITY: 'An incident with a serious impact on business continuity.',
    CRIME: 'An incident that seems to relate to a crime.',
    ESPIONAGE_STATE_SPONSORED:
      'Cyber espionage, a state-sponsored attack, or an incident with national security implications.',
    PERSONAL_DATA: 'An incident that seems to have compromised personal data.',
    PARTICULARLY_SERIOUS:
      'A particularly serious cyber incident or attack, of any kind, which could ground a Member State invoking the EU Solidarity Clause.',
    INTERNATIONAL_SUPPORT: 'The handling of cyber incidents and attacks with support from international partners.',
  },
);
export type IncidentTypeCode = (typeof INCIDENT_TYPES.values)[number];

export const MODALITIES = vocabulary(
  'Modality',
  'How firmly a sentence states what it states (seed/README.md, "Modality").',
  {
    FACT: 'Present or past indicative: "is", "was established", "has adopted", "engage".',
    COMMITMENT: 'The speaker binds itself: "The Commission will", "ENISA will cooperate".',
    INTENT: 'An aim whose outcome depends on others: "will seek closer cooperation", "will explore".',
    REQUEST: 'Someone is asked: "The Commission asks X to", "is called to".',
    INVITATION: 'Someone is invited: "The Commission invites X to".',
    RECOMMENDATION: 'Deontic should: "should collaborate", "Such work should build on".',
    ENCOURAGEMENT: '"will be encouraged", "encourages".',
    OBLIGATION: '"shall", "must", "requires".',
    PERMISSION: 'ENISA "can", "may" (2021).',
    POSSIBILITY: '"could constitute sufficient ground", "can complement", "This may include".',
    PROPOSED: 'The content of a proposal not adopted: "would establish", "is being negotiated".',
    EXPECTED: 'What a third party or a future state will do, not the speaker\'s commitment: "will bring together".',
  },
);
export type Modality = (typeof MODALITIES.values)[number];

export const DATE_PRECISIONS = vocabulary('DatePrecision', 'How much of a date the text gives.', {
  year: 'A year: `2013`.',
  month: 'A month: `2012-10`.',
  day: 'A day: `2004-03-10`.',
});
export type DatePrecision = (typeof DATE_PRECISIONS.values)[number];

export const DATE_ROLES = vocabulary('DateRole', 'What a date is of.', {
  occurred: 'It happened then.',
  planned: 'To be done within it ("Propose in 2014").',
  deadline: 'To be done by it ("by 2014"): the window has an open start.',
  start: 'From then on ("from 2013 onwards"): the window has an open end.',
  period: 'A period it covers.',
  status: 'A state at that date.',
  launch: 'Launched then.',
  adopted: 'Adopted then.',
  proposed: 'Proposed then.',
});
export type DateRole = (typeof DATE_ROLES.values)[number];

export const DATE_SOURCES = vocabulary('DateSource', 'Where a date comes from.', {
  text: 'A sentence of the cited text (its words are the date text).',
  identifier: 'The year in an official number, such as COM(2010) 521.',
  derived: 'Computed from another date (the date note says how).',
  reference: 'An official page outside the two documents (reference data).',
  'reference-unverified': 'An official page that could not be read again (the date note says so).',
});
export type DateSource = (typeof DATE_SOURCES.values)[number];

export const RECURRENCES = vocabulary('Recurrence', 'How often the text says something recurs.', {
  yearly: 'Every year ("a yearly cybersecurity month").',
  regular: 'Regularly ("On a regular basis").',
  'ad-hoc': 'When needed.',
});
export type Recurrence = (typeof RECURRENCES.values)[number];

export const PILLAR_LEVELS = vocabulary('PillarLevel', "The column of the 2013 strategy's section 3 figure.", {
  EU: 'The EU column.',
  NATIONAL: 'The NATIONAL column.',
  EU_AND_NATIONAL: 'Both: industry and academia, drawn across the three pillars.',
});
export type PillarLevel = (typeof PILLAR_LEVELS.values)[number];

export const PILLAR_BASES = vocabulary('PillarBasis', 'What places an actor in a pillar.', {
  figure: "The section 3 figure's column.",
  text: 'A sentence of the text (such as 3.1 / EU level).',
});
export type PillarBasis = (typeof PILLAR_BASES.values)[number];

export const RESPONSE_MODES = vocabulary(
  'ResponseMode',
  'How a responder to an incident (2013, section 3.2) stands to the others at the same step.',
  {
    sole: 'It alone acts at this step.',
    joint: 'It acts together with the others of its step ("together with").',
    alternative: 'It or another of its step acts ("… or …"): one of them, not all.',
    mutual: 'The responders of the step inform each other ("keep each other … informed").',
  },
);
export type ResponseMode = (typeof RESPONSE_MODES.values)[number];

export const INCIDENT_SCOPES = vocabulary(
  'IncidentScope',
  'Whether an incident crosses borders, which decides the NIS cooperation plan triggered (2013, 3.2 / paragraph 2).',
  {
    national: 'Within one Member State: the national NIS cooperation plan.',
    'cross-border': 'Across borders: the Union NIS cooperation plan.',
  },
);
export type IncidentScope = (typeof INCIDENT_SCOPES.values)[number];

export const NODE_LABELS = vocabulary('NodeLabel', 'What a node of the model is.', {
  Actor: 'An actor of the ecosystem.',
  ActorClass: 'A category of actors that the text names without naming its members.',
  Document: 'A source: one of the two strategies, or an official page behind reference data.',
  Provision: 'A provision of a document: a section, paragraph, bullet, principle or footnote.',
  StrategicObjective: "A strategic objective of ENISA's strategy.",
  Approach: "An approach of ENISA's strategy.",
  Principle: "A principle of section 3 of ENISA's strategy.",
  StrategicPriority: 'A strategic priority of the 2013 strategy.',
  Pillar: 'A pillar of the 2013 strategy.',
  LegalInstrument: 'A legal or policy instrument: a regulation, directive, agreement, programme, fund, …',
  Action: 'An action of the 2013 strategy.',
  Event: 'An event: a campaign, a competition, a conference or a survey.',
  Exercise: 'A cyber incident exercise: Cyber Europe 2010 and 2012, Cyber Atlantic 2011.',
  IncidentType: 'A kind of cyber incident of section 3.2 of the 2013 strategy.',
  ThreatOrigin: 'Where a cyber threat comes from, as section 1.1 of the 2013 strategy names it.',
  Definition: 'A term the 2013 strategy defines (footnotes 4 and 5: cybersecurity, cybercrime).',
  EligibilityRule: "A provision of ENISA's strategy as a rule of the eligibility reasoning.",
});
export type NodeLabel = (typeof NODE_LABELS.values)[number];

export const DOCUMENT_KINDS = vocabulary('DocumentKind', 'What a document is.', {
  strategy: 'One of the two modelled strategies, whose text quotes are checked against.',
  reference: 'An official page behind reference data (facts from outside the two strategies).',
});
export type DocumentKind = (typeof DOCUMENT_KINDS.values)[number];

export const RULE_EFFECTS = vocabulary('RuleEffect', 'What an eligibility rule does.', {
  GRANT: 'Lets ENISA engage the partners it names, or carry out its activity.',
  EXCLUDE: 'Excludes partners (principle 4).',
  CONDITION: 'Adds conditions to other rules (principles 6 and 8).',
  SAFEGUARD:
    'Keeps a negative answer from being final: names no partner and grants nothing (section 2, Article 12 of the CSA).',
});
export type RuleEffect = (typeof RULE_EFFECTS.values)[number];

export const MEMBERSHIP_BASES = vocabulary('MembershipBasis', 'How a partner stands for what a rule names.', {
  NAMED: 'The rule names the partner itself.',
  GROUP_MEMBER: 'The partner is a member of a group the rule names.',
  CLASS_MEMBER: 'The partner is a listed member of a class the rule names.',
  BY_KIND: 'The partner is of a kind whose actors are members of the class by definition.',
  AGREEMENT: 'A curated agreement with the Union puts the partner in the class.',
  ASSUMPTION: 'A what-if assumption of the question puts the partner in the class.',
});
export type MembershipBasis = (typeof MEMBERSHIP_BASES.values)[number];

export const CHECK_STATUSES = vocabulary('CheckStatus', 'What one rule, checked for one partner, does for it.', {
  APPLIES: 'The rule makes the partner qualify (or, for principle 4, excludes it).',
  DOES_NOT_APPLY: 'The rule names partners, but not this one (nor a group or class it is a member of).',
  NEUTRAL:
    'The rule names no partner (conditions, activities, the Article 12 safeguard): it neither grants nor refuses.',
});
export type CheckStatus = (typeof CHECK_STATUSES.values)[number];

export const QUALIFYING_CHANGES = vocabulary(
  'QualifyingChange',
  'The one change of data (or what-if) that would make a partner qualify through a rule.',
  {
    SPECIFIC_EU_AGREEMENT: 'A specific EU agreement with the partner (section 4).',
    EXPLICIT_CYBER_AGREEMENT: 'An agreement that explicitly states cooperation in cybersecurity (principle 2).',
    CYBER_AGREEMENT_OR_FRAMEWORK: 'An agreement or framework that promotes cooperation in cybersecurity (2.2).',
    IN_CLASS: 'Membership of the open class the rule names (curation, or an IN_CLASS what-if).',
    RESUMED_PARTICIPATION: 'The partner resuming its participation in the group the rule names.',
    NOT_INCOMPATIBLE: 'Principle 4 no longer deeming the partner (or its group) incompatible.',
  },
);
export type QualifyingChange = (typeof QUALIFYING_CHANGES.values)[number];

export const SEARCH_FIELDS = vocabulary('SearchField', 'Which field of a search hit holds a searched word.', {
  name: 'The name.',
  alias: 'An alias.',
  text: 'The text (of a provision, an action, a principle, …).',
  quote: 'A quote of one of its citations.',
});
export type SearchField = (typeof SEARCH_FIELDS.values)[number];

export const AUDIT_MUTATIONS = vocabulary('AuditMutation', 'The curation mutation an audit record records.', {
  upsertActor: 'An actor was created or updated.',
  upsertAgreement: 'An agreement was created or updated, with its parties.',
  link: 'A relationship was created or changed.',
  unlink: 'A relationship was removed.',
});
export type AuditMutation = (typeof AUDIT_MUTATIONS.values)[number];

/** Every vocabulary that becomes a GraphQL enum, in the order of the generated schema file. */
export const ENUM_VOCABULARIES: readonly Vocabulary[] = [
  ACTOR_KINDS,
  RELATIONSHIP_TYPES,
  NODE_LABELS,
  DOCUMENT_KINDS,
  PILLARS,
  OBJECTIVES,
  APPROACHES,
  AGREEMENT_KINDS,
  ASSUMPTION_KINDS,
  CONDITION_KINDS,
  RULE_EFFECTS,
  MEMBERSHIP_BASES,
  CHECK_STATUSES,
  QUALIFYING_CHANGES,
  INCIDENT_TYPES,
  SEARCH_FIELDS,
  AUDIT_MUTATIONS,
  MODALITIES,
  DATE_PRECISIONS,
  DATE_ROLES,
  DATE_SOURCES,
  RECURRENCES,
  PILLAR_LEVELS,
  PILLAR_BASES,
  RESPONSE_MODES,
  INCIDENT_SCOPES,
];
