/**
 * The seed's schema: the labels with their properties, and which closed vocabulary each property takes
 * (seed/README.md). The vocabularies themselves are the one vocabulary of core/vocabulary.ts; only the two
 * the seed alone uses (instrument and event types) are defined here.
 */
import {
  ACTOR_KINDS,
  APPROACHES,
  ASSUMPTION_KINDS,
  DOCUMENT_KINDS,
  INCIDENT_TYPES,
  OBJECTIVES,
  PILLARS,
  RULE_EFFECTS,
  type NodeLabel,
} from '../../../core/vocabulary.js';

export type PropertyType = 'string' | 'number' | 'string[]';

export interface LabelSchema {
  required: Record<string, PropertyType>;
  optional: Record<string, PropertyType>;
  enums?: Record<string, readonly string[]>;
}

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

const OBJECTIVE_CODES = OBJECTIVES.values.filter((code) => code !== 'ALL');

/** Every label of NODE_LABELS, with its properties. */
export const LABELS: Record<NodeLabel, LabelSchema> = {
  Document: {
    required: { name: 'string', kind: 'string', date: 'string' },
    optional: { identifiers: 'string[]', url: 'string', sourceFile: 'string', sections: 'string[]' },
    enums: { kind: DOCUMENT_KINDS.values },
  },
  Provision: {
    required: { document: 'string', locator: 'string', text: 'string' },
    optional: { title: 'string' },
  },
  Actor: {
    required: { name: 'string', kind: 'string' },
    optional: { aliases: 'string[]', description: 'string' },
    enums: { kind: ACTOR_KINDS.values },
  },
  ActorClass: {
    required: { name: 'string', description: 'string' },
    // memberKinds: actors of these kinds are members by definition. filledBy: the fact (or what-if
    // assumption) that makes an actor a member; admitsKinds: the kinds such an actor must have.
    optional: { memberKinds: 'string[]', aliases: 'string[]', filledBy: 'string', admitsKinds: 'string[]' },
    enums: {
      filledBy: ASSUMPTION_KINDS.values,
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
  Principle: { required: { number: 'number', text: 'string' }, optional: { name: 'string' } },
  StrategicPriority: { required: { code: 'string', name: 'string' }, optional: {} },
  Pillar: {
    required: { code: 'string', name: 'string' },
    optional: {},
    enums: { code: PILLARS.values },
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
  IncidentType: {
    required: { code: 'string', name: 'string' },
    optional: { description: 'string' },
    enums: { code: INCIDENT_TYPES.values },
  },
  EligibilityRule: {
    required: { objective: 'string', approaches: 'string[]', effect: 'string', activity: 'string' },
    optional: { scope: 'string', name: 'string' },
    enums: { effect: RULE_EFFECTS.values, objective: OBJECTIVES.values, approaches: APPROACHES.values },
  },
};

export const RELATIONSHIP_PROPERTIES: Record<string, PropertyType> = {
  order: 'number',
  role: 'string',
  note: 'string',
};
