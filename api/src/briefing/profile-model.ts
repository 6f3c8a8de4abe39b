/**
 * The actor profile's one-page briefing (issue 19): the actor, its objective × approach matrix from the domain's
 * actorProfile (domain/eligibility/profile.ts), its memberships, and for each provision that makes it eligible the
 * provision and one short quote. Pure: profile-load.ts gathers the inputs, profile-html.ts renders.
 *
 * A cell's status is core/cell-status.ts's, as the UI's matrix and the API's ProfileCell.status: "conditional"
 * when the actor qualifies and a step must come first (a board's endorsement, approval or notification, a
 * consultation, the partner's request); "eligible" when it qualifies with only conditions to respect; "not
 * eligible" otherwise (excluded by principle 4 included). The strategy's general provisions (principles 1, 5, 6;
 * 2.1, 2.2 per approach) bind eligible cells alike: named once, not per cell.
 */
import type { ActorProfile, ApproachCode, Objective, ProfileCell, Reason } from '../domain/eligibility/index.js';

export type CellStatus = 'eligible' | 'conditional' | 'not-eligible';

/** Symbol and word for each status: never colour alone. The symbols are in the shipped font. */
export const STATUS_TEXT: Record<CellStatus, { symbol: string; word: string }> = {
  eligible: { symbol: '+', word: 'eligible' },
  conditional: { symbol: '±', word: 'conditional' },
  'not-eligible': { symbol: '×', word: 'not eligible' },
};

const STATUS_OF: Record<ProfileCell['status'], CellStatus> = {
  ELIGIBLE: 'eligible',
  CONDITIONAL: 'conditional',
  NOT_ELIGIBLE: 'not-eligible',
};

/** The conditions a reason's own rule sets (not the general principles'). */
const ownConditions = (cell: ProfileCell, r: Reason) => cell.conditions.filter((c) => c.rule.id === r.rule.id);

/** The cell's status as the domain gives it (core/cell-status.ts: the UI's matrix and the API use the same). */
export const cellStatus = (cell: ProfileCell): CellStatus => STATUS_OF[cell.status];

/** A quote cut at a word before `max` characters, with an ellipsis; the whole quote when it is short enough. */
export function shortQuote(quote: string, max = 150): { text: string; abbreviated: boolean } {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return { text, abbreviated: false };
  const cut = text.slice(0, max + 1);
  const end = cut.lastIndexOf(' ');
  return { text: `${cut.slice(0, end > max / 2 ? end : max).replace(/[\s,;:]+$/, '')} …`, abbreviated: true };
}

export interface ProfileProvision {
  /** 1-based, in order of first appearance (objective, then approach). */
  n: number;
  document: string;
  locator: string;
  quote: string;
  abbreviated: boolean;
  /** How the actor comes under it: "named", "member of Eastern Partnership", "party to …, so one of “…”". */
  how: string[];
  /** The conditions its own sentence sets. */
  conditions: string[];
  /** "SO4.1 outreach", … */
  cells: string[];
}

export interface ProfileMatrixCell {
  approach: ApproachCode;
  status: CellStatus;
  assumed: boolean;
  excluded: boolean;
  /** The provisions (numbers) that make it eligible. */
  provisions: number[];
}

export interface ProfileMembership {
  id: string;
  name: string;
  since: string | null;
  left: string | null;
}

export interface ProfileBriefingModel {
  actor: { id: string; name: string; kind: string };
  assumptions: string[];
  approaches: ApproachCode[];
  rows: Array<{ objective: Objective; name: string | null; cells: ProfileMatrixCell[] }>;
  memberships: ProfileMembership[];
  provisions: ProfileProvision[];
  /** The general provisions whose conditions bind the eligible cells of their approach: "principle 1", "2.2", … */
  general: string[];
  dataVersion: string | null;
  generatedOn: string;
}

export interface ProfileInputs {
  profile: ActorProfile;
  actor: { id: string; name: string; kind: string };
  names: Record<string, string>;
  documents: Record<string, string>;
  objectiveNames: Record<string, string>;
  memberships: ProfileMembership[];
  dataVersion: string | null;
  now: Date;
}

const BASIS_WORDS: Partial<Record<Reason['basis'], string>> = {
  NAMED: 'named',
  GROUP_MEMBER: 'member of',
  CLASS_MEMBER: 'one of',
  BY_KIND: 'one of (by its kind)',
  ASSUMPTION: 'assumed (what-if): one of',
};

function how(r: Reason, names: Record<string, string>): string {
  const via = r.viaGroup ?? r.viaClass;
  const target = via ? (names[via] ?? via) : '';
  if (r.basis === 'AGREEMENT' && r.agreement) return `party to ${r.agreement.agreementName}, so one of “${target}”`;
  const words = BASIS_WORDS[r.basis] ?? r.basis.toLowerCase();
  return via ? `${words} ${r.viaClass ? `“${target}”` : target}` : words;
}

export function buildProfileModel(inputs: ProfileInputs): ProfileBriefingModel {
  const { profile, names } = inputs;
  const provisions = new Map<string, ProfileProvision>();
  const general = new Set<string>();
  const approaches = [...new Set(profile.cells.map((c) => c.approach))];
  const rows = new Map<Objective, ProfileBriefingModel['rows'][number]>();
  for (const cell of profile.cells) {
    const status = cellStatus(cell);
    const numbers: number[] = [];
    if (status !== 'not-eligible') {
      for (const r of cell.reasons) {
        const key = `${r.citation.documentId}\u0000${r.citation.locator}\u0000${r.citation.quote}`;
        let p = provisions.get(key);
        if (!p) {
          const short = shortQuote(r.citation.quote);
          p = {
            n: provisions.size + 1,
            document: inputs.documents[r.citation.documentId] ?? r.citation.documentId,
            locator: r.citation.locator,
            quote: short.text,
            abbreviated: short.abbreviated,
            how: [],
            conditions: [],
            cells: [],
          };
          provisions.set(key, p);
        }
        const words = how(r, names);
        if (!p.how.includes(words)) p.how.push(words);
        for (const c of ownConditions(cell, r)) if (!p.conditions.includes(c.text)) p.conditions.push(c.text);
        const where = `${cell.objective} ${cell.approach.toLowerCase()}`;
        if (!p.cells.includes(where)) p.cells.push(where);
        if (!numbers.includes(p.n)) numbers.push(p.n);
      }
      for (const c of cell.conditions)
        if (!cell.reasons.some((r) => r.rule.id === c.rule.id)) general.add(c.citation?.locator ?? c.rule.id);
    }
    const row = rows.get(cell.objective) ?? {
      objective: cell.objective,
      name: inputs.objectiveNames[cell.objective] ?? null,
      cells: [],
    };
    row.cells.push({
      approach: cell.approach,
      status,
      assumed: cell.assumed,
      excluded: cell.excluded,
      provisions: numbers,
    });
    rows.set(cell.objective, row);
  }
  return {
    actor: inputs.actor,
    assumptions: profile.assumptions.map((a) => a.description.replace(/^What-if: /, '')),
    approaches,
    rows: [...rows.values()],
    memberships: inputs.memberships,
    provisions: [...provisions.values()],
    general: [...general].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    dataVersion: inputs.dataVersion,
    generatedOn: inputs.now.toISOString().slice(0, 10),
  };
}
