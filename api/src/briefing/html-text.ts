/** Text for the briefing pages: escaping, citation numbers, conditions. Pure. */
import type { BriefingCondition } from './model.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const cite = (n: number | null) => (n === null ? '' : ` <span class="cite">[${n}]</span>`);

/** A condition in its own words, with its citation number, or with its locator when the text is the whole sentence. */
export const conditionText = (c: BriefingCondition) =>
  `${escapeHtml(c.text)}${c.cite === null && c.locator ? ` <span class="cite">(${escapeHtml(c.locator)})</span>` : cite(c.cite)}`;
export const conditionItem = (c: BriefingCondition) => `<li>${conditionText(c)}</li>`;
export const conditionKey = (c: BriefingCondition) => `${c.kind}\u0000${c.text}`;
