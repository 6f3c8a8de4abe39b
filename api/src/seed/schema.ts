/** The seed vocabulary: labels with their properties, and the allowed relationship types (seed/README.md). */
export type PropertyType = 'string' | 'number' | 'string[]';

export interface LabelSchema {
  required: Record<string, PropertyType>;
  optional: Record<string, PropertyType>;
  enums?: Record<string, readonly string[]>;
}

export const ACTOR_KINDS = [
  'eu-institution',
  'eu-agency',
  'eu-body',
  'governance-body',
  'member-state-role',
  'international-organisation',
  'third-country',
  'country-group',
  'private-sector',
  'partnership',
  'network',
  'standardisation-body',
  'other',
] as const;

export const APPROACH_CODES = ['LIMITED', 'ASSISTING', 'OUTREACH'] as const;

export const CONDITION_KINDS = [
  'MB_ENDORSEMENT',
  'EB_ENDORSEMENT',
  'MB_APPROVAL',
  'EB_NOTIFICATION',
  'CONSULT_EEAS_AND_COMMISSION',
  'CONSULT_DG_CONNECT',
  'WITHIN_AGREEMENT_LIMITS',
  'WHEN_RELEVANT',
  'ON_REQUEST',
  'SIGNIFICANT_ADDED_VALUE',
  'IN_LINE_WITH_UNION_POLICIES',
] as const;

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
  'working-group',
  'programme',
  'fund',
  'partnership',
  'framework',
  'plan',
  'platform',
] as const;

export const LABELS: Record<string, LabelSchema> = {
  Document: {
    required: { name: 'string', kind: 'string', date: 'string' },
    optional: { identifiers: 'string[]', url: 'string', sourceFile: 'string', sections: 'string[]' },
    enums: { kind: ['strategy', 'reference'] },
  },
  Provision: {
    required: { document: 'string', locator: 'string', text: 'string' },
    optional: { title: 'string' },
  },
  Actor: {
    required: { name: 'string', kind: 'string' },
    optional: { aliases: 'string[]', description: 'string' },
    enums: { kind: ACTOR_KINDS },
  },
  ActorClass: {
    required: { name: 'string', description: 'string' },
    // memberKinds: actors of these kinds are members by definition. filledBy: the fact (or what-if
    // assumption) that makes an actor a member; admitsKinds: the kinds such an actor must have.
    optional: { memberKinds: 'string[]', aliases: 'string[]', filledBy: 'string', admitsKinds: 'string[]' },
    enums: { filledBy: ['HAS_CYBER_AGREEMENT', 'INCOMPATIBLE'] },
  },
  StrategicObjective: { required: { code: 'string', name: 'string' }, optional: {} },
  Approach: {
    required: { code: 'string', name: 'string', commitment: 'string' },
    optional: {},
    enums: { code: APPROACH_CODES },
  },
  Principle: { required: { number: 'number', text: 'string' }, optional: { name: 'string' } },
  StrategicPriority: { required: { code: 'string', name: 'string' }, optional: {} },
  Pillar: {
    required: { code: 'string', name: 'string' },
    optional: {},
    enums: { code: ['NIS', 'LAW_ENFORCEMENT', 'DEFENCE'] },
  },
  LegalInstrument: {
    required: { name: 'string', type: 'string' },
    optional: { aliases: 'string[]', reference: 'string', description: 'string' },
    enums: { type: INSTRUMENT_TYPES },
  },
  Action: { required: { name: 'string', text: 'string' }, optional: { deadline: 'string' } },
  Event: {
    required: { name: 'string', type: 'string' },
    optional: { year: 'number', aliases: 'string[]' },
    enums: { type: ['exercise', 'campaign', 'competition', 'conference'] },
  },
  IncidentType: { required: { code: 'string', name: 'string' }, optional: { description: 'string' } },
  EligibilityRule: {
    required: { objective: 'string', approaches: 'string[]', effect: 'string', activity: 'string' },
    optional: { scope: 'string', name: 'string' },
    enums: { effect: ['GRANT', 'EXCLUDE', 'CONDITION'] },
  },
};

export const RELATIONSHIP_TYPES = new Set([
  'MEMBER_OF',
  'PART_OF',
  'GOVERNS',
  'GOVERNED_BY',
  'COORDINATES_WITH',
  'COOPERATES_WITH',
  'MANDATED_BY',
  'ESTABLISHED_BY',
  'PARTY_TO',
  'ASSIGNED_TO',
  'REQUESTED_BY',
  'SUPPORTS',
  'PARTICIPATES_IN',
  'ORGANISES',
  'FUNDED_BY',
  'RESPONDS_TO',
  'BELONGS_TO_PILLAR',
  'PURSUES_OBJECTIVE',
  'UNDER_PRIORITY',
  'REFERS_TO',
  'AMENDS',
  'REPLACES',
  'PROPOSES',
  'ENGAGES_IN_DIALOGUE_WITH',
  'REPRESENTED_IN',
  'APPLIES_TO',
  'UNDER_OBJECTIVE',
  'USES_APPROACH',
  'STATED_IN',
]);

export const RELATIONSHIP_PROPERTIES: Record<string, PropertyType> = {
  order: 'number',
  role: 'string',
  note: 'string',
};

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
