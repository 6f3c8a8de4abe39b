/**
 * The links to the server's one-page briefing of an actor profile: `GET /briefing?actor=<id>&format=…`, with one
 * `assume=kind:actor` per what-if assumption (as the eligibility briefing writes them), in the order they were
 * made. The server side (api/src/briefing) draws it. Pure.
 */
import { exportFileName } from '../graph/export';
import type { AssumptionState } from '../state/url-state';

export const PROFILE_BRIEFING_FORMATS = ['html', 'pdf', 'svg', 'png'] as const;
export type ProfileBriefingFormat = (typeof PROFILE_BRIEFING_FORMATS)[number];

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');

export function profileBriefingUrl(
  actor: string,
  format: ProfileBriefingFormat,
  assume: readonly AssumptionState[] = [],
  base = '/briefing',
): string {
  const params = new URLSearchParams();
  params.set('actor', actor);
  for (const a of assume) params.append('assume', `${kebab(a.kind)}:${a.actor}`);
  params.set('format', format);
  return `${base}?${params.toString().replace(/%3A/g, ':')}`;
}

/** `explorer-briefing-profile-japan-2026-12-05.pdf` (the diagram alone: `…-diagram.svg`). */
export function profileBriefingFileName(actor: string, format: ProfileBriefingFormat, date: Date): string {
  return exportFileName(`briefing-profile-${actor}${format === 'svg' ? '-diagram' : ''}`, format, date);
}
