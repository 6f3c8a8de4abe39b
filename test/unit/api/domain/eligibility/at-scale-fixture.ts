/**
 * A larger synthetic graph for the eligibility reasoning (issue 20), seeded and deterministic: `n` actors of the
 * kinds the rules read, country groups with skewed membership (a few hubs, some members suspended or gone),
 * classes by kind, filled by agreements, listed by example (one lists a group), the principle-4 class with
 * actors and a group in it, agreements (some with reference data), and many rules naming the same hubs and
 * classes, so that one target stands behind many rules, and one actor behind many routes. Names repeat and
 * differ in case and accents, so the order by name is the collation's.
 */
import { seededRandom } from '../../../../../core/seeded-random.js';
import type {
  ActorFact,
  AgreementFact,
  AgreementKind,
  DocumentFact,
  EligibilityFacts,
  MemberFact,
  RuleFact,
  TargetFact,
} from '../../../../../api/src/domain/eligibility/index.js';
import { cite, edge, rule } from './fixture.js';

const KINDS = ['third-country', 'third-country', 'international-organisation', 'country-group', 'private-sector'];
const WORDS = ['alpha', 'Alpha', 'Ålesund', 'beta', 'Éire', 'zeta', 'Zulu', 'ñandú', 'Omega', 'delta', 'Delta'];
const AGREEMENT_KINDS: AgreementKind[] = [
  'SPECIFIC_EU_AGREEMENT',
  'EXPLICIT_CYBER_AGREEMENT',
  'CYBER_AGREEMENT_OR_FRAMEWORK',
];
const APPROACHES = ['LIMITED', 'ASSISTING', 'OUTREACH'] as const;

const klass = (partial: Partial<TargetFact> & Pick<TargetFact, 'id' | 'name'>): TargetFact => ({
  label: 'ActorClass',
  kind: null,
  memberKinds: [],
  filledBy: [],
  admitsKinds: [],
  members: [],
  ...partial,
});

export function factsAtScale(n: number, seed = 20): EligibilityFacts {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const skewed = (count: number) => Math.min(count - 1, Math.floor(count * rnd() ** 2.2));

  const actors: ActorFact[] = Array.from({ length: n }, (_, i) => ({
    id: `a-${i}`,
    name: `${pick(WORDS)} ${pick(WORDS)}${rnd() < 0.2 ? '' : ` ${i % 97}`}`,
    kind: KINDS[i % KINDS.length]!,
  }));
  const ofKind = (kind: string) => actors.filter((a) => a.kind === kind);
  const countries = ofKind('third-country');
  const groups = ofKind('country-group');
  const organisations = ofKind('international-organisation');

  const documents = new Map<string, DocumentFact>([
    ['doc', { id: 'doc', name: 'Strategy', date: '2020-12-16', url: null, kind: 'strategy' }],
    ...['2024-03', '2025', '2025-06-01'].map((date, i): [string, DocumentFact] => [
      `page-${i}`,
      { id: `page-${i}`, name: `Page ${i}`, date, url: `https://example.org/${i}`, kind: 'reference' },
    ]),
  ]);
  const dated = (): MemberFact['citations'] =>
    rnd() < 0.3 ? [{ documentId: `page-${Math.floor(rnd() * 3)}`, locator: 'p', quote: 'a page', kind: 'QUOTE' }] : [];

  const membersOfGroup = new Map<string, MemberFact[]>(groups.map((g) => [g.id, []]));
  for (const country of countries)
    for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
      const group = groups[skewed(groups.length)]!;
      const u = rnd();
      membersOfGroup.get(group.id)!.push(
        edge(country.id, {
          role: rnd() < 0.5 ? 'partner country' : null,
          since: rnd() < 0.5 ? `${2000 + Math.floor(rnd() * 20)}` : null,
          suspended: u < 0.03 ? '2021-06-28' : null,
          left: u > 0.98 ? '2022-03' : null,
          citations: dated(),
        }),
      );
    }
  const targets: TargetFact[] = groups.map((g) =>
    klass({ id: g.id, name: g.name, label: 'Actor', kind: 'country-group', members: membersOfGroup.get(g.id)! }),
  );
  targets.push(
    klass({
      id: 'everyone',
      name: 'Everyone',
      memberKinds: ['third-country', 'international-organisation', 'country-group'],
    }),
    klass({ id: 'specific', name: 'Specific', filledBy: ['SPECIFIC_EU_AGREEMENT'], admitsKinds: ['third-country'] }),
    klass({
      id: 'framework',
      name: 'Framework',
      filledBy: ['CYBER_AGREEMENT_OR_FRAMEWORK', 'EXPLICIT_CYBER_AGREEMENT'],
      admitsKinds: ['third-country', 'international-organisation'],
    }),
    klass({
      id: 'like-minded',
      name: 'Like-minded',
      admitsKinds: ['third-country'],
      members: [
        ...countries.filter(() => rnd() < 0.05).map((c) => edge(c.id, { role: 'named example' })),
        edge(groups[0]!.id, { role: 'cross-reference', note: 'the text lists it' }),
      ],
    }),
    klass({
      id: 'bad',
      name: 'Bad',
      filledBy: ['INCOMPATIBLE'],
      members: [
        ...countries.filter(() => rnd() < 0.02).map((c) => edge(c.id, { note: 'deemed' })),
        edge(groups[1]!.id, { note: 'deemed group' }),
      ],
    }),
  );

  const agreements: AgreementFact[] = [];
  for (let i = 0; i < Math.floor(n / 4); i++) {
    const party = rnd() < 0.8 ? countries[skewed(countries.length)]! : pick(organisations);
    const reference = rnd() < 0.3;
    agreements.push({
      actorId: party.id,
      agreementId: `agr-${String(i).padStart(5, '0')}`,
      agreementName: `Agreement ${i}`,
      kinds: AGREEMENT_KINDS.filter(() => rnd() < 0.5),
      citations: cite(`agreement ${i}`),
      ...(reference
        ? {
            details: {
              type: 'agreement',
              referenceData: true,
              article: rnd() < 0.5 ? `Article ${i % 30}` : null,
              articleNote: 'not stated',
              dateSigned: null,
              dateSignedNote: null,
              provisionalApplication: null,
              provisionalApplicationNote: null,
              entryIntoForce: null,
              entryIntoForceNote: null,
              cyberScope: ['cybersecurity'],
              ambiguousKinds: rnd() < 0.2 ? ['EXPLICIT_CYBER_AGREEMENT'] : [],
              kindReadings: [],
              evidence: [
                {
                  quote: `cooperate on cyber ${i}`,
                  note: 'cooperation: stated',
                  documentId: 'page-1',
                  title: 'Page 1',
                  url: null,
                  publisher: null,
                  pageDate: pick(['2024-03', '2025', '2025-06-01']),
                  dateRead: '2025-07-01',
                },
              ],
            },
          }
        : {}),
    });
  }
  agreements.sort((a, b) => (a.agreementId < b.agreementId ? -1 : 1));

  const classIds = ['everyone', 'specific', 'framework', 'like-minded'];
  const rules: RuleFact[] = [];
  for (let i = 0; i < 80; i++) {
    const appliesTo = [
      ...new Set(
        Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
          const u = rnd();
          return u < 0.4 ? groups[skewed(groups.length)]!.id : u < 0.7 ? pick(classIds) : pick(actors).id;
        }),
      ),
    ];
    rules.push(
      rule({
        id: `r-${String(i).padStart(3, '0')}`,
        objective: rnd() < 0.3 ? 'ALL' : pick(['SO4.1', 'SO4.2', 'SO4.3']),
        approaches: APPROACHES.filter(() => rnd() < 0.6),
        appliesTo,
        membersOnly: appliesTo.filter((id) => membersOfGroup.has(id) && rnd() < 0.3),
        conditions: rnd() < 0.3 ? [{ kind: 'MB_ENDORSEMENT', text: `endorsement ${i}`, locator: null }] : [],
      }),
    );
  }
  rules.push(
    rule({ id: 'x-exclude', approaches: [...APPROACHES], effect: 'EXCLUDE', appliesTo: ['bad'] }),
    rule({
      id: 'x-notify',
      approaches: ['ASSISTING', 'OUTREACH'],
      effect: 'CONDITION',
      scope: 'approach:ASSISTING,OUTREACH',
      conditions: [{ kind: 'EB_NOTIFICATION', text: 'notify', locator: null }],
    }),
    rule({
      id: 'x-article-12',
      approaches: [...APPROACHES],
      effect: 'SAFEGUARD',
      activity: 'the strategy does not limit Article 12',
      citations: cite('will not in any way limit or hamper Article 12', '2'),
    }),
  );

  return {
    objectives: ['SO4.1', 'SO4.2', 'SO4.3'],
    actors: new Map(actors.map((a) => [a.id, a])),
    targets: new Map(targets.map((t) => [t.id, t])),
    agreements,
    documents,
    rules,
  };
}

/** The same facts with the actors of the kinds "Everyone" counts by definition partly held by kind (kindCounts). */
export function heldByKind(facts: EligibilityFacts): EligibilityFacts {
  return {
    ...facts,
    kindCounts: new Map([
      ['third-country', 40],
      ['international-organisation', 7],
      ['country-group', 3],
    ]),
  };
}
