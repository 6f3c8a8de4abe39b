/**
 * What a briefing is asked for, from query-string or command-line values: validated here once, for the
 * endpoint and the CLI alike. Bad values throw BAD_USER_INPUT with the field and the valid values; whether
 * the assumed actors exist is checked against the graph (db/eligibility.ts, NOT_FOUND).
 */
import { APPROACHES } from '../../../core/vocabulary.js';
import { InvalidQuestion, parseObjective as objectiveOf } from '../domain/eligibility/question.js';
import type { ApproachCode, AssumptionInput, Objective } from '../domain/eligibility/index.js';
import { badInput } from '../errors.js';

export const FORMATS = ['svg', 'png', 'html', 'pdf', 'dot'] as const;
export type BriefingFormat = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<BriefingFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  dot: 'text/vnd.graphviz; charset=utf-8',
};

/** PNG size in CSS pixels: the default, and the bounds either side. */
export const PNG_SIZE = { width: 1600, height: 1000, min: 200, max: 4000 } as const;
export const MAX_ASSUMPTIONS = 20;

/**
 * `--assume specific-eu-agreement:japan`: the kinds of the GraphQL AssumptionKind enum that name an actor
 * only, in kebab case (the three kinds of agreement, seed/READINGS.md, and principle 4). A Map: the kind
 * comes from the client, and a plain object would take "constructor" for a kind.
 */
export const ASSUME_KINDS: ReadonlyMap<string, AssumptionInput['kind']> = new Map([
  ['specific-eu-agreement', 'SPECIFIC_EU_AGREEMENT'],
  ['explicit-cyber-agreement', 'EXPLICIT_CYBER_AGREEMENT'],
  ['cyber-agreement-or-framework', 'CYBER_AGREEMENT_OR_FRAMEWORK'],
  ['incompatible', 'INCOMPATIBLE'],
]);

export interface BriefingRequest {
  /** As the strategy writes it ("SO4.4", or "ALL"), from "SO4.4", "4.4", "all", … */
  objective: Objective;
  approach: ApproachCode;
  assume: AssumptionInput[];
  format: BriefingFormat;
  width: number;
  height: number;
}

export interface RawBriefingRequest {
  actor?: unknown;
  objective?: unknown;
  approach?: unknown;
  assume?: unknown;
  format?: unknown;
  width?: unknown;
  height?: unknown;
}

const single = (field: string, value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput(`${field}: give it once`, { field });
  return value.trim();
};

function parseObjective(value: unknown): Objective {
  const objective = single('objective', value);
  if (!objective)
    throw badInput('objective is required, e.g. objective=SO4.4 (or 4.4, or ALL)', { field: 'objective' });
  try {
    return objectiveOf(objective);
  } catch (error) {
    if (error instanceof InvalidQuestion) throw badInput(error.message, { field: 'objective' });
    throw error;
  }
}

function parseApproach(value: unknown): ApproachCode {
  const approach = single('approach', value);
  const valid = APPROACHES.values.map((a) => a.toLowerCase()).join(', ');
  if (!approach) throw badInput(`approach is required: one of ${valid}`, { field: 'approach' });
  const code = approach.toUpperCase();
  if (!APPROACHES.has(code))
    throw badInput(`approach "${approach.slice(0, 40)}" is not valid; use one of ${valid}`, { field: 'approach' });
  return code;
}

/** `<kind>:<actor-id>`, kind in kebab case (specific-eu-agreement) or as the GraphQL enum (SPECIFIC_EU_AGREEMENT). */
export function parseAssumption(raw: string, index = 0): AssumptionInput {
  const field = `assume[${index}]`;
  const match = /^([A-Za-z_-]+):([a-z0-9][a-z0-9-]{0,99})$/.exec(raw.trim());
  const kind = match ? ASSUME_KINDS.get(match[1]!.toLowerCase().replace(/_/g, '-')) : undefined;
  if (!match || !kind) {
    const kinds = [...ASSUME_KINDS.keys()].join(' or ');
    throw badInput(`${field} "${raw.slice(0, 60)}" is not valid; use <kind>:<actor-id> with kind ${kinds}`, {
      field,
    });
  }
  return { kind, actorId: match[2]! };
}

export function parseAssumptions(value: unknown): AssumptionInput[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  if (list.length > MAX_ASSUMPTIONS) throw badInput(`at most ${MAX_ASSUMPTIONS} assumptions`, { field: 'assume' });
  return list.map((raw, i) => {
    if (typeof raw !== 'string') throw badInput(`assume[${i}] must be text`, { field: `assume[${i}]` });
    return parseAssumption(raw, i);
  });
}

function parseFormat(value: unknown): BriefingFormat {
  const format = (single('format', value) ?? 'html').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format))
    throw badInput(`format "${format.slice(0, 20)}" is not valid; use one of ${FORMATS.join(', ')}`, {
      field: 'format',
    });
  return format as BriefingFormat;
}

function parseSize(field: 'width' | 'height', value: unknown): number {
  const raw = single(field, typeof value === 'number' ? String(value) : value);
  if (raw === undefined || raw === '') return PNG_SIZE[field];
  const size = Number(raw);
  if (!/^\d+$/.test(raw) || size < PNG_SIZE.min || size > PNG_SIZE.max)
    throw badInput(`${field} must be a whole number of pixels from ${PNG_SIZE.min} to ${PNG_SIZE.max}`, { field });
  return size;
}

export function parseBriefingRequest(raw: RawBriefingRequest): BriefingRequest {
  return {
    objective: parseObjective(raw.objective),
    approach: parseApproach(raw.approach),
    assume: parseAssumptions(raw.assume),
    format: parseFormat(raw.format),
    width: parseSize('width', raw.width),
    height: parseSize('height', raw.height),
  };
}

/** `briefing-so4-4-outreach.pdf`, from the normalised objective ("SO4.4", "ALL"). */
export function briefingFilename(objective: string, approach: ApproachCode, format: BriefingFormat): string {
  const slug = `${objective}-${approach}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `briefing-${slug}.${format}`;
}

/** The actor profile's briefing (issue 19): one actor across every objective and approach. */
export const PROFILE_FORMATS = ['svg', 'png', 'html', 'pdf'] as const;
export type ProfileFormat = (typeof PROFILE_FORMATS)[number];

export interface ProfileBriefingRequest {
  actor: string;
  assume: AssumptionInput[];
  format: ProfileFormat;
  width: number;
  height: number;
}

/** A request that names an actor asks for its profile's briefing. */
export const asksForProfile = (raw: RawBriefingRequest) => raw.actor !== undefined;

/** `actor=japan[&assume=…]&format=pdf`: no objective or approach (the profile covers them all). */
export function parseProfileBriefingRequest(raw: RawBriefingRequest): ProfileBriefingRequest {
  const actor = single('actor', raw.actor);
  if (!actor || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(actor))
    throw badInput(`actor "${(actor ?? '').slice(0, 60)}" is not a valid actor id (lower case, digits and -)`, {
      field: 'actor',
    });
  for (const field of ['objective', 'approach'] as const)
    if (raw[field] !== undefined)
      throw badInput(`${field}: a profile briefing covers every objective and approach; give actor alone`, {
        field,
      });
  const format = parseFormat(raw.format);
  if (!(PROFILE_FORMATS as readonly string[]).includes(format))
    throw badInput(`format "${format}" is not valid for a profile briefing; use one of ${PROFILE_FORMATS.join(', ')}`, {
      field: 'format',
    });
  return {
    actor,
    assume: parseAssumptions(raw.assume),
    format: format as ProfileFormat,
    width: parseSize('width', raw.width),
    height: parseSize('height', raw.height),
  };
}

/** `briefing-profile-japan.pdf`. */
export const profileFilename = (actor: string, format: ProfileFormat) => `briefing-profile-${actor}.${format}`;
