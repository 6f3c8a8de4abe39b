/** The eligibility reasoning on a small synthetic graph (fixture.ts): pure, no database, milliseconds. */
import { describe, expect, it } from 'vitest';
import {
  buildQuestion,
  evaluate,
  parseObjective,
  type AssumptionInput,
  type EligibilityFacts,
} from '../../../../../api/src/domain/eligibility/index.js';
import { facts, withAgreements } from './fixture.js';

const ask = (
  objective: string,
  approach: 'LIMITED' | 'ASSISTING' | 'OUTREACH',
  assumptions: AssumptionInput[] = [],
  on: EligibilityFacts = facts,
) => evaluate(on, buildQuestion(on, parseObjective(objective), approach, assumptions));
const ids = (list: Array<{ actorId: string }>) => list.map((p) => p.actorId);

describe('eligibility rules', () => {
  it('should expand a named group to its active members, with the group and the membership as the reason', () => {
    const decision = ask('4.4', 'ASSISTING');
    const alpha = decision.partners.find((p) => p.actorId === 'alpha')!;
    expect(alpha.reasons[0]).toMatchObject({
      basis: 'GROUP_MEMBER',
      viaGroup: 'group',
      membership: { role: 'partner country', since: '2009', targetId: 'group' },
    });
    expect(alpha.reasons[0]!.explanation).toBe(
      'Alpha belongs to Group, as partner country (since 2009), which the provision names',
    );
    expect(decision.generalConditions.map((c) => c.kind)).toEqual(['EB_ENDORSEMENT']);
  });

  it('should show a member whose participation is suspended, with the date, and not grant it (READINGS.md G11)', () => {
    const decision = ask('SO4.4', 'ASSISTING');
    expect(ids(decision.partners)).not.toContain('gamma');
    expect(decision.suspended).toHaveLength(1);
    expect(decision.suspended[0]).toMatchObject({ actorId: 'gamma', membership: { suspended: '2021-06-28' } });
    expect(decision.suspended[0]!.explanation).toMatch(/suspended as of 28 June 2021/);
  });

  it('should not expand an international organisation to its member countries', () => {
    const partners = ids(ask('SO4.4', 'ASSISTING').partners);
    expect(partners).toContain('org');
    expect(partners).not.toContain('beta');
  });

  it('should name only the member countries of a group named for its countries (principle 3: "European Economic Area countries")', () => {
    expect(ids(ask('SO4.1', 'OUTREACH').partners)).toEqual(['alpha']);
  });

  it('should put the conditions of the assisting approach (2.2) on every assisting route, cited to their own provision', () => {
    const decision = ask('SO4.4', 'ASSISTING');
    for (const partner of decision.partners)
      expect(partner.conditions.map((c) => c.kind)).toEqual(
        expect.arrayContaining(['ON_REQUEST', 'SIGNIFICANT_ADDED_VALUE', 'EB_NOTIFICATION']),
      );
    const onRequest = decision.partners[0]!.conditions.find((c) => c.kind === 'ON_REQUEST')!;
    expect(onRequest.citation).toMatchObject({
      locator: '2.2',
      quote: 'respond to requests for assistance when of significant value',
    });
    expect(decision.classes.find((c) => c.classId === 'framework')!.conditions.map((c) => c.kind)).toContain(
      'ON_REQUEST',
    );
  });

  it('should cite a condition stated in a footnote to the footnote (footnote 5), on every member of the class', () => {
    const org = ask('SO4.3', 'OUTREACH').partners.find((p) => p.actorId === 'org')!;
    const condition = org.conditions.find((c) => c.kind === 'INCLUSIVENESS_RECIPROCITY_AUTONOMY')!;
    expect(condition.citation).toMatchObject({ locator: 'fn 5', quote: 'in full respect of inclusiveness and more' });
  });

  it('should list activities that name no partner, and scope rules to the objective', () => {
    expect(ask('SO4.4', 'OUTREACH').activities.map((a) => a.rule.id)).toEqual(['challenges']);
    expect(ask('SO4.1', 'OUTREACH').activities).toEqual([]);
  });
});

describe('open classes given by example ("such as", "e.g.")', () => {
  it('should return the class with its named example as a member, citing the role', () => {
    const decision = ask('SO4.2', 'OUTREACH');
    const cls = decision.classes.find((c) => c.classId === 'like-minded')!;
    expect(cls.members).toEqual([expect.objectContaining({ actorId: 'alpha', basis: 'CLASS_MEMBER' })]);
    const alpha = decision.partners.find((p) => p.actorId === 'alpha')!;
    expect(alpha.reasons[0]!.explanation).toBe('Alpha is named in the text as an example of "Like-minded"');
    expect(alpha.reasons[0]!.rule.approachStated).toBe(false);
  });

  it('should let a what-if fill an open class (IN_CLASS), within the kinds it admits', () => {
    const decision = ask('SO4.2', 'OUTREACH', [{ kind: 'IN_CLASS', actorId: 'beta', classId: 'like-minded' }]);
    expect(decision.partners.find((p) => p.actorId === 'beta')).toMatchObject({ assumed: true });
    expect(() => ask('SO4.2', 'OUTREACH', [{ kind: 'IN_CLASS', actorId: 'org', classId: 'like-minded' }])).toThrow(
      /admits third-country/,
    );
    expect(() => ask('SO4.2', 'OUTREACH', [{ kind: 'IN_CLASS', actorId: 'beta', classId: 'specific' }])).toThrow(
      /filled by SPECIFIC_EU_AGREEMENT; assume that kind instead/,
    );
    expect(() => ask('SO4.2', 'OUTREACH', [{ kind: 'IN_CLASS', actorId: 'beta' }])).toThrow(/names an open class/);
  });
});

describe('three kinds of agreement, each filling its own class (section 4, principle 2, 2.2)', () => {
  it('should fill the section-4 class with SPECIFIC_EU_AGREEMENT only, with its endorsement condition', () => {
    const decision = ask('SO4.4', 'OUTREACH', [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'beta' }]);
    const beta = decision.partners.find((p) => p.actorId === 'beta')!;
    expect(beta.reasons.map((r) => r.rule.id)).toEqual(['specific-outreach']);
    expect(beta.conditions.map((c) => c.kind)).toContain('MB_ENDORSEMENT');
    expect(ids(ask('SO4.4', 'ASSISTING', [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'beta' }]).partners)).not.toContain(
      'beta',
    );
  });

  it('should fill the principle-2 class with EXPLICIT_CYBER_AGREEMENT, without the section-4 endorsement, and the 2.2 class too', () => {
    const outreach = ask('SO4.4', 'OUTREACH', [{ kind: 'EXPLICIT_CYBER_AGREEMENT', actorId: 'beta' }]);
    const beta = outreach.partners.find((p) => p.actorId === 'beta')!;
    expect(beta.reasons.map((r) => r.rule.id)).toEqual(['explicit-outreach']);
    expect(beta.conditions.map((c) => c.kind)).not.toContain('MB_ENDORSEMENT');
    const assisting = ask('SO4.4', 'ASSISTING', [{ kind: 'EXPLICIT_CYBER_AGREEMENT', actorId: 'beta' }]);
    expect(assisting.partners.find((p) => p.actorId === 'beta')!.reasons.map((r) => r.rule.id)).toEqual([
      'framework-assisting',
    ]);
  });

  it('should fill only the 2.2 class with CYBER_AGREEMENT_OR_FRAMEWORK', () => {
    const assume: AssumptionInput[] = [{ kind: 'CYBER_AGREEMENT_OR_FRAMEWORK', actorId: 'beta' }];
    expect(ids(ask('SO4.4', 'OUTREACH', assume).partners)).not.toContain('beta');
    expect(ids(ask('SO4.4', 'ASSISTING', assume).partners)).toContain('beta');
  });

  it('should read a curated agreement by the kinds it is recorded as, naming the kind in the reason', () => {
    const curated = withAgreements([
      {
        actorId: 'beta',
        agreementId: 'a',
        agreementName: 'EU–Beta agreement',
        kinds: ['SPECIFIC_EU_AGREEMENT'],
        citations: [],
      },
    ]);
    const beta = ask('SO4.4', 'OUTREACH', [], curated).partners.find((p) => p.actorId === 'beta')!;
    expect(beta.reasons.map((r) => [r.rule.id, r.basis])).toEqual([['specific-outreach', 'AGREEMENT']]);
    expect(beta.reasons[0]!.explanation).toMatch(/recorded as a specific EU agreement \(section 4\)/);
  });

  it('should describe a what-if with names, not ids', () => {
    const [assumption] = buildQuestion(facts, 'SO4.4', 'OUTREACH', [
      { kind: 'SPECIFIC_EU_AGREEMENT', actorId: 'beta' },
    ]).assumptions;
    expect(assumption!.description).toBe('What-if: there is a specific EU agreement with Beta (section 4).');
  });
});

describe('principle 4 through groups', () => {
  it('should remove engagement through a deemed group, and list the members that lose it as excluded', () => {
    const decision = ask('SO4.4', 'ASSISTING', [{ kind: 'INCOMPATIBLE', actorId: 'group' }]);
    expect(ids(decision.partners)).not.toContain('group');
    expect(ids(decision.partners)).not.toContain('alpha');
    expect(ids(decision.excluded)).toEqual(['alpha', 'group']);
    expect(decision.excluded.find((e) => e.actorId === 'alpha')!.explanation).toMatch(
      /engagement through Group is excluded under principle 4; Alpha itself is not deemed incompatible/,
    );
  });

  it('should leave a member of a deemed group its own routes', () => {
    const decision = ask('ALL', 'LIMITED', [{ kind: 'INCOMPATIBLE', actorId: 'group' }]);
    expect(ids(decision.partners)).toContain('alpha');
    expect(ids(decision.partners)).not.toContain('group');
  });

  it('should exclude a deemed country whatever the route, and list as excluded only actors a rule would otherwise admit', () => {
    const limited = ask('ALL', 'LIMITED', [{ kind: 'INCOMPATIBLE', actorId: 'beta' }]);
    expect(ids(limited.partners)).not.toContain('beta');
    expect(ids(limited.excluded)).toEqual(['beta']);
    const outreach = ask('SO4.2', 'OUTREACH', [{ kind: 'INCOMPATIBLE', actorId: 'beta' }]);
    expect(outreach.excluded).toEqual([]);
    const classMember = ask('SO4.2', 'OUTREACH', [{ kind: 'INCOMPATIBLE', actorId: 'alpha' }]);
    expect(ids(classMember.partners)).not.toContain('alpha');
    expect(classMember.classes[0]!.members).toEqual([]);
  });
});

describe('a negative answer is not final (section 2: Article 12 of the CSA)', () => {
  it('should carry the safeguard on every answer, quoted', () => {
    const decision = ask('SO4.4', 'OUTREACH');
    expect(decision.caveats.map((c) => c.rule.id)).toEqual(['article-12']);
    expect(decision.caveats[0]!.citations[0]!.quote).toMatch(/will not in any way limit or hamper Article 12/);
  });
});

describe('questions', () => {
  it('should refuse an unknown objective or assumed actor with the valid values', () => {
    expect(() => parseObjective('SO9')).toThrow(/ALL, SO4\.1, 4\.1, SO4\.2, 4\.2, .*SO4\.7, 4\.7$/);
    expect([parseObjective('4.4'), parseObjective('so4.4'), parseObjective('SO4_4'), parseObjective('all')]).toEqual([
      'SO4.4',
      'SO4.4',
      'SO4.4',
      'ALL',
    ]);
    expect(() => buildQuestion(facts, 'SO4.4', 'OUTREACH', [{ kind: 'INCOMPATIBLE', actorId: 'nobody' }])).toThrow(
      /assume\[0\]\.actor/,
    );
    expect(() =>
      buildQuestion(facts, 'SO4.4', 'OUTREACH', [{ kind: 'HAS_CYBER_AGREEMENT' as never, actorId: 'beta' }]),
    ).toThrow(/SPECIFIC_EU_AGREEMENT, EXPLICIT_CYBER_AGREEMENT, CYBER_AGREEMENT_OR_FRAMEWORK, INCOMPATIBLE, IN_CLASS/);
  });

  it('should take ids that name built-in object properties for what they are: unknown actors or classes', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(() => buildQuestion(facts, 'SO4.4', 'OUTREACH', [{ kind: 'SPECIFIC_EU_AGREEMENT', actorId: id }])).toThrow(
        /assume\[0\]\.actor: no actor/,
      );
      expect(() =>
        buildQuestion(facts, 'SO4.4', 'OUTREACH', [{ kind: 'IN_CLASS', actorId: 'beta', classId: id }]),
      ).toThrow(/names an open class/);
    }
  });
});
