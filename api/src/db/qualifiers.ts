/**
 * What qualifies a relationship beyond its type (issue 17), read from its stored properties: the modality of its
 * citations, a response's step and mode (RESPONDS_TO), a pillar link's level and basis (BELONGS_TO_PILLAR), a
 * membership's dates (MEMBER_OF: since, suspended, left, as precise as the cited page). Pure.
 */
import {
  PILLAR_BASES,
  PILLAR_LEVELS,
  RESPONSE_MODES,
  type Modality,
  type PillarBasis,
  type PillarLevel,
  type ResponseMode,
} from '../../../core/vocabulary.js';
import { toModality } from './citations.js';

export interface RelationshipQualifiers {
  modality: Modality | null;
  modalities: Modality[];
  step: number | null;
  mode: ResponseMode | null;
  level: PillarLevel | null;
  basis: PillarBasis | null;
  since: string | null;
  suspended: string | null;
  left: string | null;
}

const date = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function toQualifiers(props: Record<string, unknown>): RelationshipQualifiers {
  return {
    modality: toModality(props.modality),
    modalities: (Array.isArray(props.modalities) ? props.modalities : [])
      .map(toModality)
      .filter((m): m is Modality => m !== null),
    step: typeof props.step === 'number' ? props.step : null,
    mode: RESPONSE_MODES.has(props.mode) ? props.mode : null,
    level: PILLAR_LEVELS.has(props.level) ? props.level : null,
    basis: PILLAR_BASES.has(props.basis) ? props.basis : null,
    since: date(props.since),
    suspended: date(props.suspended),
    left: date(props.left),
  };
}
