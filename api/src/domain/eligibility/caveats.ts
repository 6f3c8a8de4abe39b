/**
 * SAFEGUARD rules: provisions that keep a negative answer from being final. Section 2: the strategy "will
 * not in any way limit or hamper the provisions laid out by Article 12 of the CSA", whose tasks 1.1 cites
 * "at the request of the Commission". Every "does not qualify" and every whyNot carries them.
 */
import type { Caveat, RuleFact } from './types.js';

export const caveatsOf = (safeguards: RuleFact[]): Caveat[] =>
  safeguards.map((rule) => ({
    rule,
    text: rule.activity,
    citations: rule.citations,
    provision: rule.provisions?.[0] ?? null,
  }));

/** One sentence for a summary: the first safeguard's text, with its first quote and locator. */
export function caveatSentence(caveats: Caveat[]): string {
  const first = caveats[0];
  if (!first) return '';
  const quote = first.citations[0];
  const cited = quote ? ` ("${quote.quote.replace(/\.$/, '')}", ${quote.locator})` : '';
  const more =
    caveats.length > 1
      ? ` ${caveats
          .slice(1)
          .map((c) => c.text)
          .join(' ')}`
      : '';
  return `This is not final: ${first.text}${cited}.${more}`;
}
