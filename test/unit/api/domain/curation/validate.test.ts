import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../api/src/errors.js';
import {
  validateActorInput,
  validateAgreementInput,
  validateAuditLogArgs,
  validateCitation,
  validateLinkInput,
  validateUnlinkInput,
  type ActorInput,
} from '../../../../../api/src/domain/curation/validate.js';

const citation = { document: 'enisa-international-strategy-2021', locator: '4.4', quote: 'ENISA will seek' };
const actor = (overrides: Partial<ActorInput> = {}): ActorInput => ({
  id: 'test-actor',
  name: 'Test',
  kind: 'other',
  citation,
  ...overrides,
});

/** The BAD_USER_INPUT message thrown by `run`. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    return (error as AppError).message;
  }
  throw new Error('expected a refusal');
}

describe('validateActorInput', () => {
  it('should turn a valid input into a command, strings untouched', () => {
    const name = ` O'Brien \\ "x" '}) DETACH DELETE n // 🛡️ `;
    expect(validateActorInput(actor({ name, aliases: ['A', ' b '], mutationId: 'f3c1-9a' }))).toEqual({
      id: 'test-actor',
      name,
      kind: 'other',
      aliases: ['A', ' b '],
      description: null,
      citation: { source: 'document', ...citation, note: null },
      expectedVersion: null,
      mutationId: 'f3c1-9a',
    });
  });

  it.each([
    [{ id: 'Bad Id' }, /^id: must be a lowercase kebab-case slug/],
    [{ id: 'a--b' }, /^id: /],
    [{ id: 'x'.repeat(101) }, /^id: /],
    [{ kind: 'pirate' }, /^kind: must be one of eu-institution, eu-agency, .*, other \(got "pirate"\)/],
    [{ name: '' }, /^name: must not be blank/],
    [{ name: 'n'.repeat(201) }, /^name: must be at most 200 characters \(got 201\)/],
    [{ aliases: Array(21).fill('a') }, /^aliases: at most 20 aliases/],
    [{ aliases: ['ok', 'a'.repeat(201)] }, /^aliases\[1\]: must be at most 200/],
    [{ description: 'd'.repeat(2001) }, /^description: must be at most 2000/],
    [{ expectedVersion: -1 }, /^expectedVersion: must be an integer from 0/],
    [{ expectedVersion: 1.5 }, /^expectedVersion: /],
    [{ mutationId: 'has space' }, /^mutationId: /],
  ])('should refuse %j', (overrides, message) => {
    expect(refusal(() => validateActorInput(actor(overrides)))).toMatch(message);
  });

  it('should count characters, not UTF-16 units', () => {
    expect(validateActorInput(actor({ name: '🛡'.repeat(200) })).name).toHaveLength(400);
  });
});

describe('validateCitation', () => {
  it('should accept a reference note and an external https page, normalising the URL', () => {
    expect(validateCitation({ document: 'ref-efta-eea', note: 'n' })).toEqual({
      source: 'document',
      document: 'ref-efta-eea',
      locator: null,
      quote: null,
      note: 'n',
    });
    expect(validateCitation({ sourceTitle: 'T', sourceUrl: 'https://WWW.Example.org:443/a b', note: 'n' })).toEqual({
      source: 'external',
      title: 'T',
      url: 'https://www.example.org/a%20b',
      note: 'n',
    });
  });

  it.each([
    [{}, /^citation: give a quote/],
    [{ document: 'd', note: 'q'.repeat(2001) }, /^citation.note: must be at most 2000/],
    [{ document: 'd', quote: 'q'.repeat(2001) }, /^citation.quote: must be at most 2000/],
    [{ note: 'n' }, /^citation: give document/],
    [{ document: 'd', sourceUrl: 'https://x.org', sourceTitle: 't', note: 'n' }, /not both/],
    [{ sourceTitle: 't', sourceUrl: 'http://x.org', note: 'n' }, /^citation.sourceUrl: must be an https:\/\/ URL/],
    [{ sourceTitle: 't', sourceUrl: 'https://u:p@x.org', note: 'n' }, /user name or password/],
    [{ sourceTitle: 't', sourceUrl: 'not a url', note: 'n' }, /^citation.sourceUrl: must be an absolute/],
    [{ sourceUrl: 'https://x.org', note: 'n' }, /^citation.sourceTitle: is required/],
    [{ sourceTitle: 't', sourceUrl: 'https://x.org', quote: 'q' }, /^citation.quote: only a strategy/],
    [{ document: 'Bad Doc', note: 'n' }, /^citation.document: /],
  ])('should refuse %j', (input, message) => {
    expect(refusal(() => validateCitation(input))).toMatch(message);
  });
});

describe('validateAgreementInput', () => {
  const agreement = {
    id: 'test-agreement',
    name: 'A',
    coversCybersecurity: true,
    kinds: ['SPECIFIC_EU_AGREEMENT'],
    citation,
  };
  it('should sort and deduplicate the parties', () => {
    const command = validateAgreementInput({ ...agreement, parties: ['norway', 'european-union', 'norway'] });
    expect(command.parties).toEqual(['european-union', 'norway']);
    expect(command.coversCybersecurity).toBe(true);
    expect(command.kinds).toEqual(['SPECIFIC_EU_AGREEMENT']);
  });

  it('should require the kind of an agreement that covers cybersecurity, and refuse kinds for one that does not (issue 16.4)', () => {
    const parties = ['european-union', 'norway'];
    expect(refusal(() => validateAgreementInput({ ...agreement, kinds: [], parties }))).toMatch(
      /^kinds: an agreement that covers cybersecurity says which kind it is: SPECIFIC_EU_AGREEMENT, EXPLICIT_CYBER_AGREEMENT, CYBER_AGREEMENT_OR_FRAMEWORK/,
    );
    expect(refusal(() => validateAgreementInput({ ...agreement, kinds: ['HAS_CYBER_AGREEMENT'], parties }))).toMatch(
      /^kinds\[0\]/,
    );
    expect(refusal(() => validateAgreementInput({ ...agreement, coversCybersecurity: false, parties }))).toMatch(
      /^kinds: only/,
    );
  });

  it.each([
    [[], /^parties: an agreement needs at least one party/],
    [['Bad'], /^parties\[0\]: /],
    [['test-agreement'], /^parties: an agreement cannot be a party to itself/],
    [Array.from({ length: 101 }, (_, i) => `p${i}`), /^parties: at most 100/],
  ])('should refuse parties %j', (parties, message) => {
    expect(refusal(() => validateAgreementInput({ ...agreement, parties }))).toMatch(message);
  });
});

describe('validateLinkInput and validateUnlinkInput', () => {
  const link = { from: 'enisa', type: 'MEMBER_OF', to: 'nato', citation };
  it('should accept a relationship type of the seed vocabulary with its properties', () => {
    expect(validateLinkInput({ ...link, order: 2, role: 'member', note: 'n' })).toMatchObject({
      from: 'enisa',
      type: 'MEMBER_OF',
      to: 'nato',
      order: 2,
      role: 'member',
      note: 'n',
    });
    expect(validateUnlinkInput({ from: 'enisa', type: 'MEMBER_OF', to: 'nato' })).toEqual({
      from: 'enisa',
      type: 'MEMBER_OF',
      to: 'nato',
      reason: null,
      expectedVersion: null,
      mutationId: null,
    });
  });

  it.each([
    [{ type: 'member_of' }, /^type: must be one of .*MEMBER_OF/],
    [{ type: 'EVIDENCED_BY' }, /^type: /],
    [{ to: 'enisa' }, /^to: a relationship needs two different nodes/],
    [{ from: 'x y' }, /^from: /],
    [{ order: -1 }, /^order: /],
    [{ role: 'r'.repeat(201) }, /^role: /],
    [{ note: 'n'.repeat(2001) }, /^note: /],
  ])('should refuse %j', (overrides, message) => {
    expect(refusal(() => validateLinkInput({ ...link, ...overrides }))).toMatch(message);
  });
});

describe('validateAuditLogArgs', () => {
  it('should default to 20 and bound first to 1..100', () => {
    expect(validateAuditLogArgs({})).toEqual({ target: null, first: 20 });
    expect(validateAuditLogArgs({ target: 'a|MEMBER_OF|b', first: 100 })).toEqual({
      target: 'a|MEMBER_OF|b',
      first: 100,
    });
    expect(refusal(() => validateAuditLogArgs({ first: 0 }))).toMatch(/^first: must be an integer from 1 to 100/);
    expect(refusal(() => validateAuditLogArgs({ first: 101 }))).toMatch(/^first: /);
  });
});
