/** A small briefing model with hostile text: quotes, backslashes, newlines, markup and ampersands. */
import type { BriefingModel, BriefingReason } from '../../../../api/src/briefing/model.js';

const reason = (over: Partial<BriefingReason> = {}): BriefingReason => ({
  ruleId: 'rule-a',
  activity: 'pursue an outreach approach with <b>"partners"</b> & friends',
  basis: 'NAMED',
  via: null,
  locator: 'principle 3',
  cite: 1,
  assumed: false,
  explanation: 'named in the provision',
  agreement: null,
  ...over,
});

export const HOSTILE = 'Bad "name" \\ back\\slash\nnew line <script>alert(1)</script> & AT&amp;T';

export function fixtureModel(): BriefingModel {
  const group = { id: 'eea', name: 'European Economic Area', kind: 'country-group' };
  return {
    title: 'Outreach under SO4.4',
    question: 'Whom may ENISA engage under the outreach approach, for SO4.4, and on what conditions?',
    objective: { code: 'SO4.4', name: 'Cutting-edge competences' },
    approach: 'OUTREACH',
    assumptions: [
      {
        kind: 'SPECIFIC_EU_AGREEMENT',
        actor: { id: 'japan', name: 'Japan', kind: 'third-country' },
        text: 'There is a specific EU agreement with Japan (section 4).',
      },
    ],
    partners: [
      {
        ...group,
        assumed: false,
        reasons: [reason()],
        conditions: [{ kind: 'WHEN_RELEVANT', text: 'when relevant', locator: 'principle 3', cite: 1 }],
      },
      ...['Iceland', 'Norway'].map((name) => ({
        id: name.toLowerCase(),
        name,
        kind: 'third-country',
        assumed: false,
        reasons: [reason({ basis: 'GROUP_MEMBER', via: group })],
        conditions: [{ kind: 'WHEN_RELEVANT', text: 'when relevant', locator: 'principle 3', cite: 1 }],
      })),
      {
        id: 'japan',
        name: 'Japan',
        kind: 'third-country',
        assumed: true,
        reasons: [
          reason({
            ruleId: 'rule-b',
            basis: 'ASSUMPTION',
            via: { id: 'agreements', name: 'Third countries with agreements', kind: 'ActorClass' },
            cite: 2,
            assumed: true,
          }),
        ],
        conditions: [
          {
            kind: 'MB_ENDORSEMENT',
            text: 'with the endorsement of the Management Board',
            locator: '4.4 / bullet 5',
            cite: 2,
          },
        ],
      },
      {
        id: 'hostile',
        name: HOSTILE,
        kind: 'international-organisation',
        assumed: false,
        // issue 21: a partner through a reference agreement whose name is hostile text
        reasons: [
          reason({
            basis: 'AGREEMENT',
            via: { id: 'agreements', name: 'Third countries with agreements', kind: 'ActorClass' },
            agreement: { name: HOSTILE, referenceData: true, pageDate: '2018-11-23', cite: 2 },
          }),
        ],
        conditions: [],
      },
    ],
    classes: [],
    activities: [{ activity: 'organise challenges', cite: 2, conditions: [] }],
    excluded: [],
    generalConditions: [],
    citations: [
      {
        n: 1,
        document: 'Strategy',
        locator: 'principle 3',
        quote: `ENISA can, when relevant, pursue 'outreach' & "more" <here>`,
        kind: 'QUOTE',
        modality: 'PERMISSION',
      },
      {
        n: 2,
        document: 'Strategy',
        locator: '4.4 / bullet 5',
        quote: 'with the endorsement of the Management Board',
        kind: 'QUOTE',
      },
    ],
    dataVersion: 'seed-0123456789abcdef',
    generatedOn: '2025-01-31',
    asOf: '2018-11-23',
    diff: null,
  };
}
