/**
 * What the Export menu writes, as pure functions: file names, PNG sizes, the JSON wrapper around
 * Cytoscape's elements, the partners CSV of an eligibility answer, and the links to the server's briefing
 * (GET /briefing), which draws the same diagram for the same question as the UI and the CLI.
 */
import { kindStyle } from '../../../../core/palette.js';
import type { Partner, Reason } from '../api/eligibility';
import type { Objective } from '../api/generated/graphql';
import { objectiveTerm, type ApproachCode, type AssumptionState } from '../state/url-state';
import { toCsv } from '../util/csv';

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Local calendar date as YYYY-MM-DD (what the analyst's clock says, not UTC). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `explorer-<what>-<date>.<ext>`, with `what` reduced to lower-case letters, digits, dots and dashes. */
export function exportFileName(what: string, ext: string, date: Date): string {
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `explorer-${slug || 'export'}-${isoDate(date)}.${ext}`;
}

/** Pixel size of a PNG of a `width` × `height` (CSS pixels) view at `scale`. */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.floor(width * scale), height: Math.floor(height * scale) };
}

export interface ElementsExport {
  exportedAt: string;
  dataVersion: string | null;
  question?: string;
  /** The explorer's link to this view (its query string holds focus, filters and question). */
  link?: string;
  elements: unknown;
}

export function wrapElements(
  elements: unknown,
  meta: { date: Date; dataVersion: string | null; question?: string | null; link?: string | null },
): ElementsExport {
  return {
    exportedAt: meta.date.toISOString(),
    dataVersion: meta.dataVersion,
    ...(meta.question ? { question: meta.question } : {}),
    ...(meta.link ? { link: meta.link } : {}),
    elements,
  };
}

/** The eligibility question a briefing is asked for: as the explorer holds it (the API's enum values). */
export interface BriefingQuestion {
  objective: Objective;
  approach: ApproachCode;
  assume: readonly AssumptionState[];
}

export const BRIEFING_FORMATS = ['html', 'pdf', 'svg'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');

/**
 * `/briefing?objective=SO4.4&approach=outreach&assume=specific-eu-agreement:japan&format=html`: one `assume`
 * per assumption, in the order they were made; values URL-encoded, the `:` left readable.
 */
export function briefingUrl(question: BriefingQuestion, format: BriefingFormat, base = '/briefing'): string {
  const params = new URLSearchParams();
  params.set('objective', objectiveTerm(question.objective));
  params.set('approach', kebab(question.approach));
  for (const a of question.assume) params.append('assume', `${kebab(a.kind)}:${a.actor}`);
  params.set('format', format);
  return `${base}?${params.toString().replace(/%3A/g, ':')}`;
}

export function briefingFileName(question: BriefingQuestion, format: BriefingFormat, date: Date): string {
  const what = `briefing-${objectiveTerm(question.objective)}-${kebab(question.approach)}${format === 'svg' ? '-diagram' : ''}`;
  return exportFileName(what, format, date);
}

/** How a partner stands for what a rule names, in words (the eligibility panel and the partners CSV). */
export const BASIS: Record<string, string> = {
  NAMED: 'named in the provision',
  GROUP_MEMBER: 'member of a named group',
  CLASS_MEMBER: 'member of a named class',
  BY_KIND: 'of a kind the provision names',
  AGREEMENT: 'through an agreement',
  ASSUMPTION: 'through a what-if assumption',
};

function reasonText(r: Reason): string {
  const rule = `${r.rule.principle ? `Principle ${r.rule.principle}: ` : ''}${r.rule.name}`;
  const via = r.viaGroup ? `: via group ${r.viaGroup.name}` : r.viaClass ? `: via class ${r.viaClass.name}` : '';
  const assumed = r.assumption ? ` [assumed: ${r.assumption.description}]` : '';
  return `${rule} (${BASIS[r.basis] ?? r.basis}${via})${assumed}`;
}

const cite = (c: { document: { name: string }; locator: string; quote: string }) =>
  `${c.document.name}, ${c.locator}: “${c.quote}”`;

/** One row per partner; several reasons, conditions or quotes go on separate lines of one cell. */
export function partnersCsv(partners: readonly Partner[]): string {
  return toCsv(
    ['Partner', 'Kind', 'Assumed', 'Reasons', 'Conditions', 'Quotes', 'Id'],
    partners.map((p) => [
      p.actor.name,
      kindStyle(p.actor.kind).legend,
      p.assumed,
      p.reasons.map(reasonText).join('\n'),
      p.conditions.map((c) => `${c.kind.toLowerCase().replace(/_/g, ' ')}: ${c.text}`).join('\n'),
      [...new Set([...p.reasons, ...p.conditions].flatMap((x) => (x.citation ? [cite(x.citation)] : [])))].join('\n'),
      p.actor.id,
    ]),
  );
}
