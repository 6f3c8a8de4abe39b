/**
 * How firmly a cited sentence states a fact (issue 17, seed/README.md "Modality"), in words an analyst reads
 * beside the quote: "will seek closer cooperation" is an aim, not a present cooperation. Pure.
 */
const WORDS: Record<string, string> = {
  FACT: 'Stated as fact',
  COMMITMENT: 'Commitment',
  INTENT: 'Aim, not yet done',
  REQUEST: 'Request',
  INVITATION: 'Invitation',
  RECOMMENDATION: 'Recommendation (should)',
  ENCOURAGEMENT: 'Encouragement',
  OBLIGATION: 'Obligation',
  PERMISSION: 'Permission (may)',
  POSSIBILITY: 'Possibility (could)',
  PROPOSED: 'Proposed, not adopted',
  EXPECTED: 'Expected of others',
};

/** The modality in words, or null when the citation records none. */
export const modalityWords = (modality: string | null | undefined): string | null =>
  modality ? (WORDS[modality] ?? modality.toLowerCase()) : null;
