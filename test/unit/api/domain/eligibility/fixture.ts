/**
 * A small synthetic graph for the pure eligibility reasoning: a group with an active and a suspended member,
 * an international organisation with a member country, the three agreement classes, an open class given by
 * example, a class by kind, the principle-4 class, condition rules scoped like the seed's, and a safeguard.
 */
import type {
  ActorFact,
  EligibilityFacts,
  MemberFact,
  RuleFact,
  TargetFact,
} from '../../../../../api/src/domain/eligibility/index.js';

export const cite = (quote: string, locator = '1') => [{ documentId: 'doc', locator, quote, kind: 'QUOTE' as const }];

export const rule = (partial: Partial<RuleFact> & Pick<RuleFact, 'id'>): RuleFact => ({
  name: partial.id,
  objective: 'ALL',
  approaches: ['OUTREACH'],
  effect: 'GRANT',
  activity: `activity of ${partial.id}`,
  scope: null,
  conditions: [],
  citations: cite(partial.id),
  appliesTo: [],
  membersOnly: [],
  principle: null,
  approachStated: true,
  approachReading: null,
  ambiguities: [],
  ...partial,
});

export const edge = (id: string, rest: Partial<MemberFact> = {}): MemberFact => ({
  id,
  role: null,
  note: null,
  since: null,
  suspended: null,
  left: null,
  citations: [],
  ...rest,
});

const target = (partial: Partial<TargetFact> & Pick<TargetFact, 'id' | 'name'>): TargetFact => ({
  label: 'ActorClass',
  kind: null,
  memberKinds: [],
  filledBy: [],
  admitsKinds: [],
  members: [],
  ...partial,
});

const actors: ActorFact[] = [
  { id: 'group', name: 'Group', kind: 'country-group' },
  { id: 'alpha', name: 'Alpha', kind: 'third-country' },
  { id: 'beta', name: 'Beta', kind: 'third-country' },
  { id: 'gamma', name: 'Gamma', kind: 'third-country' },
  { id: 'org', name: 'Org', kind: 'international-organisation' },
  { id: 'corp', name: 'Corp', kind: 'private-sector' },
];

const targets: TargetFact[] = [
  target({
    id: 'group',
    name: 'Group',
    label: 'Actor',
    kind: 'country-group',
    members: [
      edge('alpha', { role: 'partner country', since: '2009' }),
      edge('gamma', { role: 'partner country', since: '2009', suspended: '2021-06-28' }),
    ],
  }),
  target({
    id: 'org',
    name: 'Org',
    label: 'Actor',
    kind: 'international-organisation',
    members: [edge('beta', { role: 'member country' })],
  }),
  target({ id: 'specific', name: 'Specific', filledBy: ['SPECIFIC_EU_AGREEMENT'], admitsKinds: ['third-country'] }),
  target({
    id: 'explicit',
    name: 'Explicit',
    filledBy: ['EXPLICIT_CYBER_AGREEMENT'],
    admitsKinds: ['third-country', 'international-organisation', 'country-group'],
  }),
  target({
    id: 'framework',
    name: 'Framework',
    filledBy: ['CYBER_AGREEMENT_OR_FRAMEWORK', 'EXPLICIT_CYBER_AGREEMENT'],
    admitsKinds: ['third-country', 'international-organisation'],
  }),
  target({
    id: 'like-minded',
    name: 'Like-minded',
    admitsKinds: ['third-country'],
    members: [edge('alpha', { role: 'named example' })],
  }),
  target({
    id: 'everyone',
    name: 'Everyone',
    memberKinds: ['third-country', 'international-organisation', 'country-group'],
  }),
  target({ id: 'bad', name: 'Bad', filledBy: ['INCOMPATIBLE'] }),
];

export const facts: EligibilityFacts = {
  objectives: ['SO4.1', 'SO4.2', 'SO4.3', 'SO4.4'],
  actors: new Map(actors.map((a) => [a.id, a])),
  targets: new Map(targets.map((t) => [t.id, t])),
  agreements: [],
  documents: new Map(),
  rules: [
    rule({ id: 'group-assisting', objective: 'SO4.4', approaches: ['ASSISTING'], appliesTo: ['group'] }),
    rule({ id: 'org-assisting', objective: 'SO4.4', approaches: ['ASSISTING'], appliesTo: ['org'] }),
    rule({ id: 'framework-assisting', approaches: ['ASSISTING'], appliesTo: ['framework'] }),
    rule({
      id: 'specific-outreach',
      objective: 'SO4.4',
      appliesTo: ['specific'],
      conditions: [{ kind: 'MB_ENDORSEMENT', text: 'with the endorsement', locator: null }],
    }),
    rule({
      id: 'explicit-outreach',
      appliesTo: ['explicit'],
      conditions: [{ kind: 'WITHIN_AGREEMENT_LIMITS', text: 'the limits', locator: null }],
    }),
    rule({
      id: 'like-minded-outreach',
      objective: 'SO4.2',
      appliesTo: ['like-minded'],
      approachStated: false,
      approachReading: 'its outreach',
    }),
    rule({
      id: 'org-outreach',
      objective: 'SO4.3',
      appliesTo: ['org'],
      conditions: [{ kind: 'INCLUSIVENESS_RECIPROCITY_AUTONOMY', text: 'inclusiveness', locator: 'fn 5' }],
      citations: [...cite('org-outreach', '4.3'), ...cite('in full respect of inclusiveness and more', 'fn 5')],
    }),
    rule({ id: 'group-members-outreach', objective: 'SO4.1', appliesTo: ['group'], membersOnly: ['group'] }),
    rule({ id: 'challenges', objective: 'SO4.4' }),
    rule({ id: 'limited', approaches: ['LIMITED'], appliesTo: ['everyone'] }),
    rule({ id: 'exclude', approaches: ['LIMITED', 'ASSISTING', 'OUTREACH'], effect: 'EXCLUDE', appliesTo: ['bad'] }),
    rule({
      id: 'assisting-conditions',
      approaches: ['ASSISTING'],
      effect: 'CONDITION',
      scope: 'approach:ASSISTING',
      conditions: [
        { kind: 'ON_REQUEST', text: 'requests for assistance', locator: '2.2' },
        { kind: 'SIGNIFICANT_ADDED_VALUE', text: 'significant value', locator: '2.2' },
      ],
      citations: cite('respond to requests for assistance when of significant value', '2.2'),
    }),
    rule({
      id: 'notify',
      approaches: ['ASSISTING', 'OUTREACH'],
      effect: 'CONDITION',
      scope: 'approach:ASSISTING,OUTREACH',
      conditions: [{ kind: 'EB_NOTIFICATION', text: 'notify', locator: null }],
    }),
    rule({
      id: 'endorse-agreements',
      approaches: ['LIMITED', 'ASSISTING', 'OUTREACH'],
      effect: 'CONDITION',
      scope: 'agreements',
      conditions: [{ kind: 'EB_ENDORSEMENT', text: 'endorse', locator: null }],
    }),
    rule({
      id: 'article-12',
      approaches: ['LIMITED', 'ASSISTING', 'OUTREACH'],
      effect: 'SAFEGUARD',
      activity: 'the strategy does not limit Article 12',
      citations: cite('will not in any way limit or hamper Article 12', '2'),
    }),
  ],
};

/** The same graph with curated agreements. */
export const withAgreements = (agreements: EligibilityFacts['agreements']): EligibilityFacts => ({
  ...facts,
  agreements,
});
