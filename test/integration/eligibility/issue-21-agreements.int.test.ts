/**
 * Issue 21: the Union's agreements as reference data bring in real partners. Outreach under SO4.4 with no what-if
 * names every third country that a verified agreement of kind SPECIFIC_EU_AGREEMENT brings in (seed/reference/
 * agreements.yaml), each reason citing the agreement, its article (or why none is known), a quote, an official URL
 * and a date; the answer says "as of" the newest reference page it uses. A what-if still adds an unrecorded
 * agreement, marked assumed. The unverified candidates (seed/candidates/) feed no answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, gql } from '../../helpers/app.js';

const SEED = join(import.meta.dirname, '..', '..', '..', 'seed');
const seedFile = (file: string) => parse(readFileSync(join(SEED, file), 'utf8')) as Record<string, unknown>;

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const AGREEMENT = `agreement { id name type referenceData kinds ambiguousKinds kindReadings cyberScope article articleNote
  dateSigned dateSignedNote provisionalApplication provisionalApplicationNote entryIntoForce entryIntoForceNote
  evidence { quote note title url publisher pageDate dateRead } }`;
const QUERY = `query($objective: Objective!, $approach: Approach!, $assume: [AssumptionInput!]) {
  eligibility(objective: $objective, approach: $approach, assume: $assume) {
    asOf
    partners(first: 100) { edges { node { actor { id kind } assumed
      reasons { rule { id } basis viaClass { id } assumption { kind } explanation ${AGREEMENT} } } } }
  }
}`;

interface Evidence {
  quote: string;
  note: string;
  title: string;
  url: string | null;
  pageDate: string | null;
  dateRead: string | null;
}
interface Agreement {
  id: string;
  referenceData: boolean;
  kinds: string[];
  ambiguousKinds: string[];
  article: string | null;
  articleNote: string | null;
  dateSigned: string | null;
  evidence: Evidence[];
}
interface Reason {
  rule: { id: string };
  basis: string;
  viaClass: { id: string } | null;
  assumption: { kind: string } | null;
  explanation: string;
  agreement: Agreement | null;
}
interface Partner {
  actor: { id: string; kind: string };
  assumed: boolean;
  reasons: Reason[];
}

async function eligibility(objective: string, approach: string, assume?: Array<{ kind: string; actor: string }>) {
  const { data, errors } = await gql<{
    eligibility: { asOf: string | null; partners: { edges: Array<{ node: Partner }> } };
  }>(app, QUERY, { objective, approach, assume });
  expect(errors).toBeUndefined();
  return { asOf: data!.eligibility.asOf, partners: data!.eligibility.partners.edges.map((e) => e.node) };
}

/** What the seed file says: third countries party, with the Union, to an agreement recorded as SPECIFIC_EU_AGREEMENT. */
function expectedSection4Partners(): string[] {
  const file = seedFile('reference/agreements.yaml') as {
    nodes: Array<{ id: string; label: string; agreementKinds?: string[]; kind?: string }>;
    relationships: Array<{ from: string; type: string; to: string }>;
  };
  const actors = new Map(
    [
      ...file.nodes,
      ...['eu-css-2013/actors.yaml', 'enisa-2021/actors.yaml', 'reference/memberships.yaml'].flatMap(
        (f) => (seedFile(f).nodes as typeof file.nodes) ?? [],
      ),
    ]
      .filter((n) => n.label === 'Actor')
      .map((n) => [n.id, n.kind]),
  );
  const specific = file.nodes.filter((n) => n.agreementKinds?.includes('SPECIFIC_EU_AGREEMENT')).map((n) => n.id);
  const parties = (id: string) =>
    file.relationships.filter((r) => r.type === 'PARTY_TO' && r.to === id).map((r) => r.from);
  return specific
    .filter((id) => parties(id).includes('european-union'))
    .flatMap(parties)
    .filter((p) => actors.get(p) === 'third-country')
    .sort();
}

describe('issue 21: agreements from official sources', () => {
  it('should name, under SO4.4 outreach with no what-if, every third country a verified specific EU agreement brings in', async () => {
    const expected = expectedSection4Partners();
    expect(expected).toEqual(['canada', 'japan']);
    const { partners, asOf } = await eligibility('SO4_4', 'OUTREACH');
    for (const id of expected) {
      const p = partners.find((x) => x.actor.id === id);
      expect(p, id).toBeDefined();
      expect(p!.assumed).toBe(false);
      const reason = p!.reasons.find((r) => r.rule.id === 'rule-so4-4-outreach-third-countries-with-agreements')!;
      expect(reason, id).toBeDefined();
      expect(reason).toMatchObject({
        basis: 'AGREEMENT',
        viaClass: { id: 'third-countries-with-specific-eu-agreements' },
      });
      const agreement = reason.agreement!;
      expect(agreement.referenceData).toBe(true);
      expect(agreement.kinds).toContain('SPECIFIC_EU_AGREEMENT');
      // the article, or its stated absence
      expect(agreement.article ?? agreement.articleNote).toBeTruthy();
      const cooperation = agreement.evidence.find((e) => e.note.startsWith('cooperation'))!;
      expect(cooperation.quote).toMatch(/cyber/i);
      expect(cooperation.url).toMatch(/^https?:\/\//);
      expect(cooperation.dateRead).toBe('2026-12-05');
      expect(cooperation.pageDate).toMatch(/^\d{4}/);
      // the reason in words cites them too
      expect(reason.explanation).toContain(cooperation.quote);
      expect(reason.explanation).toContain(cooperation.url!);
      expect(reason.explanation).toMatch(/reference data/);
    }
    expect(asOf).toMatch(/^\d{4}-\d{2}/);
    const newest = partners
      .flatMap((p) => p.reasons.flatMap((r) => r.agreement?.evidence ?? []))
      .map((e) => e.pageDate!)
      .filter(Boolean)
      .sort()
      .at(-1);
    expect(asOf! >= newest!).toBe(true);
  });

  it('should state where the reading of a kind is open, and let that kind fill nothing', async () => {
    const { partners } = await eligibility('SO4_4', 'OUTREACH');
    const canada = partners.find((p) => p.actor.id === 'canada')!;
    const agreement = canada.reasons[0]!.agreement!;
    expect(agreement.ambiguousKinds).toEqual(['EXPLICIT_CYBER_AGREEMENT', 'CYBER_AGREEMENT_OR_FRAMEWORK']);
    expect(canada.reasons[0]!.explanation).toMatch(/is ambiguous \(READINGS\.md G21, G22\)/);
    // principle 2's class: no agreement reads clearly as explicitly stating cooperation in cybersecurity
    expect(
      partners
        .flatMap((p) => p.reasons)
        .filter((r) => r.rule.id === 'rule-all-outreach-partners-with-cybersecurity-agreements'),
    ).toEqual([]);
    // 2.2 (assisting): Canada's reading is open, so the class does not take it; Japan's is clear
    const assisting = await eligibility('SO4_4', 'ASSISTING');
    const via22 = (id: string) =>
      assisting.partners
        .find((p) => p.actor.id === id)
        ?.reasons.some((r) => r.viaClass?.id === 'partners-with-eu-cybersecurity-agreements-or-frameworks');
    expect(via22('japan')).toBe(true);
    expect(via22('nato')).toBe(true);
    expect(via22('moldova')).toBe(true);
    expect(via22('canada')).toBeFalsy();
  });

  it('should still add an unrecorded agreement by what-if, marked assumed', async () => {
    const { partners } = await eligibility('SO4_4', 'OUTREACH', [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'ukraine' }]);
    const ukraine = partners.find((p) => p.actor.id === 'ukraine')!;
    expect(ukraine.assumed).toBe(true);
    expect(ukraine.reasons.every((r) => r.assumption?.kind === 'SPECIFIC_EU_AGREEMENT' && r.agreement === null)).toBe(
      true,
    );
    // the recorded partners are not assumed
    expect(partners.find((p) => p.actor.id === 'japan')!.assumed).toBe(false);
  });

  it('should let no unverified candidate feed an answer', async () => {
    const candidates = (seedFile('candidates/agreements-unverified.yaml').unverified as Array<{ id: string }>).map(
      (c) => c.id,
    );
    for (const objective of ['ALL', 'SO4_1', 'SO4_4', 'SO4_7'])
      for (const approach of ['OUTREACH', 'ASSISTING']) {
        const { partners } = await eligibility(objective, approach);
        const used = partners.flatMap((p) => p.reasons.flatMap((r) => (r.agreement ? [r.agreement.id] : [])));
        for (const id of candidates) expect(used, `${objective} ${approach}`).not.toContain(id);
        // Ukraine, Georgia, Korea...: candidates only, so no agreement route
        for (const id of ['ukraine', 'georgia', 'armenia'])
          expect(partners.find((p) => p.actor.id === id)?.reasons.some((r) => r.basis === 'AGREEMENT') ?? false).toBe(
            false,
          );
      }
  });

  it('should show agreement-based partners in whyNot and actorProfile with the agreement and its badge', async () => {
    const { data, errors } = await gql<{
      whyNot: { eligible: boolean; asOf: string | null; reasons: Reason[] };
      actorProfile: { cells: Array<{ objective: string; approach: string; reasons: Reason[] }> };
    }>(
      app,
      `{ whyNot(partner: "canada", objective: SO4_4, approach: OUTREACH) { eligible asOf
           reasons { rule { id } basis viaClass { id } assumption { kind } explanation ${AGREEMENT} } }
         actorProfile(actor: "canada") { cells { objective approach
           reasons { rule { id } basis viaClass { id } assumption { kind } explanation ${AGREEMENT} } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.whyNot.eligible).toBe(true);
    expect(data!.whyNot.asOf).toMatch(/^\d{4}/);
    expect(data!.whyNot.reasons[0]!.agreement).toMatchObject({
      id: 'eu-canada-strategic-partnership-agreement',
      referenceData: true,
      dateSigned: '2016-10-30',
      article: null,
    });
    const cell = data!.actorProfile.cells.find((c) => c.objective === 'SO4_4' && c.approach === 'OUTREACH')!;
    expect(cell.reasons.some((r) => r.agreement?.referenceData === true)).toBe(true);
  });

  it('should link every negative answer to Article 12 of the CSA, identified officially, its text stated as absent', async () => {
    const CAVEAT = `caveats { provision { id name identification officialUrl officialText officialTextNote } }`;
    const { data, errors } = await gql<{
      eligibility: { caveats: Array<{ provision: Record<string, string | null> | null }> };
      whyNot: { eligible: boolean; caveats: Array<{ provision: Record<string, string | null> | null }> };
      actorProfile: {
        cells: Array<{ eligible: boolean; caveats: Array<{ provision: Record<string, string | null> | null }> }>;
      };
    }>(
      app,
      `{ eligibility(objective: SO4_5, approach: OUTREACH) { ${CAVEAT} }
         whyNot(partner: "united-states", objective: SO4_4, approach: OUTREACH) { eligible ${CAVEAT} }
         actorProfile(actor: "serbia") { cells { eligible ${CAVEAT} } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.whyNot.eligible).toBe(false);
    const negative = [
      data!.eligibility.caveats,
      data!.whyNot.caveats,
      ...data!.actorProfile.cells.filter((c) => !c.eligible).map((c) => c.caveats),
    ];
    expect(negative.length).toBeGreaterThan(2);
    for (const caveats of negative) {
      const article12 = caveats.find((c) => c.provision?.id === 'cybersecurity-act-article-12')?.provision;
      expect(article12).toMatchObject({
        name: 'Article 12 of the Cybersecurity Act',
        officialUrl: 'http://eur-lex.europa.eu/eli/reg/2019/881/oj',
        officialText: null,
      });
      expect(article12!.identification).toMatch(/CELEX 32019R0881; OJ L 151, 7\.6\.2019/);
      expect(article12!.officialTextNote).toMatch(/No stored official page holds the text of Article 12/);
    }
    // SO4.5 adds the Article 12(d) safeguard, linked to point (d)
    expect(data!.eligibility.caveats.map((c) => c.provision?.id)).toContain('cybersecurity-act-article-12-d');
  });
});
