/**
 * Issue 16, point 5: "ENISA will refrain from engaging with international actors if contacts or cooperation
 * with such actors would be deemed incompatible with the Union's interests or policy goals." (principle 4).
 * Excluding a group excludes engagement through it; excluding a country excludes it whatever the route; and
 * `excluded` lists only actors some rule would otherwise admit. Before: the Western Balkans' six countries
 * stayed eligible through the excluded group, and Serbia was listed as excluded under SO4.3 outreach.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';
import { ask, partnerIds } from '../../helpers/eligibility.js';

const WESTERN_BALKANS = ['albania', 'bosnia-and-herzegovina', 'kosovo', 'montenegro', 'north-macedonia', 'serbia'];
const deemed = (actor: string) => [{ kind: 'INCOMPATIBLE', actor }];

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

describe('issue 16.5: principle 4 reaches through groups', () => {
  it("should remove the Western Balkans countries' eligibility through the group when the group is INCOMPATIBLE", async () => {
    const before = await ask(app, 'SO4.1', 'ASSISTING');
    expect(partnerIds(before)).toEqual(expect.arrayContaining(WESTERN_BALKANS));
    const answer = await ask(app, 'SO4.1', 'ASSISTING', deemed('western-balkans'));
    for (const id of ['western-balkans', ...WESTERN_BALKANS]) expect(partnerIds(answer)).not.toContain(id);
    expect(partnerIds(answer)).toEqual(expect.arrayContaining(['eastern-partnership', 'georgia', 'ukraine']));
    expect(answer.excluded.map((e) => e.actor.id).sort()).toEqual([...WESTERN_BALKANS, 'western-balkans'].sort());
  });

  it('should leave a member of the deemed group its own routes (LIMITED, 2.1)', async () => {
    const answer = await ask(app, 'SO4.1', 'LIMITED', deemed('western-balkans'));
    expect(partnerIds(answer)).toContain('albania');
    expect(partnerIds(answer)).not.toContain('western-balkans');
  });

  it('should exclude a deemed country under every route, and list it only where a rule would otherwise admit it', async () => {
    const assisting = await ask(app, 'SO4.1', 'ASSISTING', deemed('serbia'));
    expect(partnerIds(assisting)).not.toContain('serbia');
    expect(partnerIds(assisting)).toContain('albania');
    expect(assisting.excluded.map((e) => e.actor.id)).toEqual(['serbia']);
    const outreach = await ask(app, 'SO4.3', 'OUTREACH', deemed('serbia'));
    expect(outreach.excluded).toEqual([]);
  });

  it('should remove a deemed member of an open class from the class and the answer', async () => {
    const answer = await ask(app, 'SO4.7', 'OUTREACH', deemed('japan'));
    expect(partnerIds(answer)).not.toContain('japan');
    const cls = answer.classes.find((c) => c.class.id === 'partners-deemed-like-minded')!;
    expect(cls.members.map((m) => m.actor.id)).not.toContain('japan');
    expect(answer.excluded.map((e) => e.actor.id)).toEqual(['japan']);
  });
});
