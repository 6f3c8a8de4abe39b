/**
 * A whyNot as an analyst reads it: the decisive route first (the rule that grants or excludes, else the routes
 * that would grant with one change), then the other routes that name partners, then the neutral checks (rules
 * that name no partner, exclusions that do not apply), with counts taken from what is listed. Pure.
 */

export type CheckStatus = 'APPLIES' | 'DOES_NOT_APPLY' | 'NEUTRAL';

export interface CheckLike {
  rule: { id: string; principle?: number | null };
  applies: boolean;
  status: CheckStatus;
  wouldQualifyWith?: { description: string } | null;
}

export interface WhyNotSections<C extends CheckLike> {
  /** The route that decides: the checks that apply; when none does, those that would with one change. */
  decisive: C[];
  /** Other routes that name partners and do not take this one. */
  others: C[];
  /** Checks that neither grant nor exclude here. */
  neutral: C[];
  counts: { listed: number; applies: number; doesNotApply: number; neutral: number };
}

export function whyNotSections<C extends CheckLike>(checks: readonly C[]): WhyNotSections<C> {
  const applying = checks.filter((c) => c.status === 'APPLIES');
  const notApplying = checks.filter((c) => c.status === 'DOES_NOT_APPLY');
  const neutral = checks.filter((c) => c.status === 'NEUTRAL');
  const decisive = applying.length > 0 ? applying : notApplying.filter((c) => c.wouldQualifyWith);
  const others = notApplying.filter((c) => !decisive.includes(c));
  return {
    decisive,
    others,
    neutral,
    counts: {
      listed: decisive.length + others.length + neutral.length,
      applies: applying.length,
      doesNotApply: notApplying.length,
      neutral: neutral.length,
    },
  };
}

/** "13 checks listed: 1 decisive, 2 other routes, 10 neutral (folded)", from what is listed. */
export function countsLine(sections: Pick<WhyNotSections<CheckLike>, 'decisive' | 'others' | 'neutral'>): string {
  const listed = sections.decisive.length + sections.others.length + sections.neutral.length;
  const others = sections.others.length;
  return (
    `${listed} check${listed === 1 ? '' : 's'} listed: ${sections.decisive.length} decisive, ` +
    `${others} other route${others === 1 ? '' : 's'}, ${sections.neutral.length} neutral`
  );
}
