/**
 * The seed's schema: the labels with their properties, and which closed vocabulary each property takes
 * (seed/README.md). The vocabularies themselves are the one vocabulary of core/vocabulary.ts; only those
 * the seed alone uses (instrument and event types, APPLIES_TO reach, the date format) are defined here.
 */
import {
  ACTOR_KINDS,
  AGREEMENT_KINDS,
  APPROACHES,
  DATE_PRECISIONS as DATE_PRECISION_VOCABULARY,
  DATE_ROLES as DATE_ROLE_VOCABULARY,
  DATE_SOURCES as DATE_SOURCE_VOCABULARY,
  DOCUMENT_KINDS,
  INCIDENT_SCOPES,
  INCIDENT_TYPES,
  MODALITIES as MODALITY_VOCABULARY,
  OBJECTIVES,
  PILLAR_BASES,
  PILLAR_LEVELS as PILLAR_LEVEL_VOCABULARY,
  PILLARS,
  RECURRENCES as RECURRENCE_VOCABULARY,
  RESPONSE_MODES,
  RULE_EFFECTS,
  type NodeLabel,
} from '../../../core/vocabulary.js';

export type PropertyType = 'string' | 'number' | 'boolean' | 'string[]';

export interface LabelSchema {
  required: Record<string, PropertyType>;
  optional: Record<string, PropertyType>;
  enums?: Record<string, readonly string[]>;
}

/** What fills an ActorClass: the three kinds of agreement (seed/READINGS.md) or a principle-4 judgement. */
export const FILL_KINDS = [...AGREEMENT_KINDS.values, 'INCOMPATIBLE'] as const;

/** How much of a date the text gives: the precision follows from the ISO value's length. */
export const DATE_PRECISIONS = DATE_PRECISION_VOCABULARY.values;
/** What the date is of: done on it, planned within it, due by it, starting at it, a period, a state at it. */
export const DATE_ROLES = DATE_ROLE_VOCABULARY.values;
/** Where the date comes from (core/vocabulary.ts DATE_SOURCES). */
export const DATE_SOURCES = DATE_SOURCE_VOCABULARY.values;
export const RECURRENCES = RECURRENCE_VOCABULARY.values;
/** The force of a statement (seed/README.md, "Modality"; core/vocabulary.ts MODALITIES). */
export const MODALITIES = MODALITY_VOCABULARY.values;
export const PILLAR_LEVELS = PILLAR_LEVEL_VOCABULARY.values;

/** A date as the cited page gives it: a year, a month or a day. */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Date properties of Action, Event, Exercise and LegalInstrument (checked in parse.ts and validate.ts). */
const DATED: Record<string, PropertyType> = {
  date: 'string',
  dateEnd: 'string',
  datePrecision: 'string',
  dateRole: 'string',
  dateQualifier: 'string',
  dateText: 'string',
  dateSource: 'string',
  dateReference: 'string',
  dateNote: 'string',
  recurrence: 'string',
  recurrenceText: 'string',
};
const DATED_ENUMS = {
  datePrecision: DATE_PRECISIONS,
  dateRole: DATE_ROLES,
  dateSource: DATE_SOURCES,
  recurrence: RECURRENCES,
};
export const DATED_LABELS = new Set(['Action', 'Event', 'Exercise', 'LegalInstrument']);

const INSTRUMENT_TYPES = [
  'regulation',
  'directive',
  'directive-proposal',
  'decision',
  'convention',
  'treaty',
  'treaty-article',
  'agreement',
  'article',
  'recital',
  'communication',
  'strategy',
  'programme',
  'fund',
  'framework',
  'plan',
  'platform',
  'staff-working-document',
  'regulation-proposal',
  'standardisation-mandate',
  'body-of-law',
  // issue 21: a joint political declaration (EU-NATO), and an agency's own arrangement (CSA Article 42(1))
  'declaration',
  'working-arrangement',
] as const;

/** What an agreement's cooperation is about, by the wording of the official page that states it (issue 21). */
export const CYBER_SCOPES = ['cybersecurity', 'cyber-issues', 'cybercrime'] as const;

const OBJECTIVE_CODES = OBJECTIVES.values.filter((code) => code !== 'ALL');

/** Every label of NODE_LABELS, with its properties. */
export const LABELS: Record<NodeLabel, LabelSchema> = {
  Document: {
    required: { name: 'string', kind: 'string', date: 'string' },
    // Reference pages: dateRead is when the page was read; date is the date the page speaks for.
    optional: {
      identifiers: 'string[]',
      url: 'string',
      sourceFile: 'string',
      sections: 'string[]',
      // How many footnotes the document numbers: each must be a Provision "footnote N" (coverage report).
      footnotes: 'number',
      dateRead: 'string',
      publisher: 'string',
      // why `date` is what it is, when the page shows no date of its own (issue 21)
      dateNote: 'string',
    },
    enums: { kind: DOCUMENT_KINDS.values },
  },
  Provision: {
    required: { document: 'string', locator: 'string', text: 'string' },
    // continuation: the verbatim parts of the text after an interleaved footnote block or page footer;
    // leadIn: the lead-in clause of a bullet as printed (footnote markers kept); heading: the heading as
    // printed (title is its normalised form); noFactReason: why no fact cites this provision.
    optional: {
      title: 'string',
      continuation: 'string[]',
      leadIn: 'string',
      heading: 'string',
      noFactReason: 'string',
    },
  },
  Actor: {
    required: { name: 'string', kind: 'string' },
    optional: { aliases: 'string[]', description: 'string' },
    enums: { kind: ACTOR_KINDS.values },
  },
  ActorClass: {
    required: { name: 'string', description: 'string' },
    // memberKinds: actors of these kinds are members by definition. filledBy: the kinds of agreement (or
    // INCOMPATIBLE) that make an actor a member; admitsKinds: the kinds an actor must have to join by
    // filledBy, curation or an IN_CLASS what-if.
    optional: { memberKinds: 'string[]', aliases: 'string[]', filledBy: 'string[]', admitsKinds: 'string[]' },
    enums: {
      filledBy: FILL_KINDS,
      memberKinds: ACTOR_KINDS.values,
      admitsKinds: ACTOR_KINDS.values,
    },
  },
  StrategicObjective: {
    required: { code: 'string', name: 'string' },
    optional: {},
    enums: { code: OBJECTIVE_CODES },
  },
  Approach: {
    required: { code: 'string', name: 'string', commitment: 'string' },
    optional: {},
    enums: { code: APPROACHES.values },
  },
  // document: the strategy whose principle it is (the 2013 strategy's five of 1.2; unset: ENISA's ten).
  Principle: { required: { number: 'number', text: 'string' }, optional: { name: 'string', document: 'string' } },
  StrategicPriority: { required: { code: 'string', name: 'string' }, optional: {} },
  Pillar: {
    required: { code: 'string', name: 'string' },
    optional: {},
    enums: { code: PILLARS.values },
  },
  LegalInstrument: {
    required: { name: 'string', type: 'string' },
    // agreementKinds: for an agreement with the Union, which of the strategy's classes it fills.
    // Issue 21, reference agreements (seed/reference/agreements.yaml): referenceData, coversCybersecurity, the
    // cyberScope and cyberWording of the official page, the parties as the page names them, the kinds whose
    // reading is open (ambiguousKinds: they fill nothing) and the reading of every kind (kindReadings), the
    // article (or articleNote: why none), the dates signed / provisionally applied / in force (or a note why
    // none), caveats. Reference provisions (CSA articles): identification, officialText or officialTextNote.
    optional: {
      aliases: 'string[]',
      reference: 'string',
      description: 'string',
      agreementKinds: 'string[]',
      referenceData: 'boolean',
      coversCybersecurity: 'boolean',
      cyberScope: 'string[]',
      cyberWording: 'string',
      parties: 'string[]',
      binding: 'boolean',
      ambiguousKinds: 'string[]',
      kindReadings: 'string[]',
      article: 'string',
      articleNote: 'string',
      dateSigned: 'string',
      dateSignedNote: 'string',
      provisionalApplication: 'string',
      provisionalApplicationNote: 'string',
      entryIntoForce: 'string',
      entryIntoForceNote: 'string',
      caveats: 'string[]',
      identification: 'string',
      officialUrl: 'string',
      officialText: 'string',
      officialTextNote: 'string',
      // what became of an instrument (issue 21, reference/instruments.yaml): the act's status line as of a date,
      // its end of validity, and for a 2013 proposal what is (and is not) stated about its fate
      status: 'string',
      statusAsOf: 'string',
      validUntil: 'string',
      fateNote: 'string',
      ...DATED,
    },
    enums: {
      type: INSTRUMENT_TYPES,
      agreementKinds: AGREEMENT_KINDS.values,
      ambiguousKinds: AGREEMENT_KINDS.values,
      cyberScope: CYBER_SCOPES,
      ...DATED_ENUMS,
    },
  },
  // An Action has a date or says it has none (undated: true); deadline is the text's words, kept for the API.
  Action: {
    required: { name: 'string', text: 'string' },
    optional: { deadline: 'string', undated: 'boolean', modality: 'string', ...DATED },
    enums: { ...DATED_ENUMS, modality: MODALITIES },
  },
  // Cyber Europe 2010 and 2012, Cyber Atlantic 2011: exercises have a label of their own.
  Exercise: {
    required: { name: 'string' },
    optional: { aliases: 'string[]', description: 'string', ...DATED },
    enums: DATED_ENUMS,
  },
  Event: {
    required: { name: 'string', type: 'string' },
    optional: { year: 'number', aliases: 'string[]', ...DATED },
    enums: { type: ['campaign', 'competition', 'conference', 'survey'], ...DATED_ENUMS },
  },
  // Section 1.1 of the 2013 strategy: where threats come from; footnotes 4 and 5: the terms it defines.
  ThreatOrigin: { required: { name: 'string' }, optional: {} },
  Definition: { required: { name: 'string', term: 'string', text: 'string' }, optional: {} },
  IncidentType: {
    required: { code: 'string', name: 'string' },
    optional: { description: 'string' },
    enums: { code: INCIDENT_TYPES.values },
  },
  EligibilityRule: {
    required: { objective: 'string', approaches: 'string[]', effect: 'string', activity: 'string' },
    // approachStated: false when the sentence names no approach (approachReading then says which is read,
    // and why); ambiguities: genuine ambiguities the answer states, each naming its seed/READINGS.md entry.
    optional: {
      scope: 'string',
      name: 'string',
      approachStated: 'boolean',
      approachReading: 'string',
      ambiguities: 'string[]',
    },
    enums: { effect: RULE_EFFECTS.values, objective: OBJECTIVES.values, approaches: APPROACHES.values },
  },
};

/**
 * Relationships that classify or cross-reference rather than state what anyone does: their citations carry no
 * modality. Every other relationship citing a strategy says how firmly it is stated (seed/README.md, "Modality").
 */
export const STRUCTURAL_TYPES = new Set([
  'UNDER_PRIORITY',
  'UNDER_OBJECTIVE',
  'USES_APPROACH',
  'STATED_IN',
  // an identity link is the model's reading, stated in its note
  'SAME_AS',
  'NARROWER_THAN',
]);
/** Identity links join nodes two different documents name, and say why in a note. */
export const IDENTITY_TYPES = new Set(['SAME_AS', 'NARROWER_THAN']);
/** Labels whose outgoing relationships are structural too: a rule's parts, a provision's cross-references. */
export const STRUCTURAL_SOURCES = new Set(['EligibilityRule', 'Provision']);

export const RELATIONSHIP_PROPERTIES: Record<string, PropertyType> = {
  order: 'number',
  role: 'string',
  note: 'string',
  // MEMBER_OF dates, as the cited page gives them (DATE_PATTERN).
  since: 'string',
  suspended: 'string',
  left: 'string',
  // APPLIES_TO: "members" when the rule names a group's member countries, not the group as a body.
  reach: 'string',
  // BELONGS_TO_PILLAR (required there, only there): the column of the 2013 figure (EU, NATIONAL, or both for
  // the bands drawn across the pillars), and whether the figure or a sentence places the actor.
  level: 'string',
  basis: 'string',
  // REPORTS_TO: what is reported.
  subject: 'string',
  // RESPONDS_TO (2013, 3.2): the step of the response (responders of one step act at the same stage; a higher
  // step follows), and how a responder stands to the others of its step (sole, joint, alternative, mutual).
  step: 'number',
  mode: 'string',
  // REFERS_TO from an incident type to a NIS cooperation plan: the incident scope that triggers it.
  trigger: 'string',
};

export const RELATIONSHIP_ENUMS: Record<string, readonly string[]> = {
  reach: ['members'],
  level: PILLAR_LEVELS,
  basis: PILLAR_BASES.values,
  mode: RESPONSE_MODES.values,
  trigger: INCIDENT_SCOPES.values,
};
/** Properties a relationship type requires, and may only carry there. */
export const RELATIONSHIP_REQUIRED: Record<string, readonly string[]> = {
  BELONGS_TO_PILLAR: ['level', 'basis'],
  RESPONDS_TO: ['step', 'mode'],
};
export const DATE_PROPERTIES = new Set(['since', 'suspended', 'left']);
