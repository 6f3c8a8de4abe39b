import { describe, expect, it } from 'vitest';
import {
  aliasText,
  citationRow,
  citedProps,
  curatedDataVersion,
  changeHash,
  curationStateHash,
  propsAfterWrite,
  relationshipPropsAfterWrite,
  referenceDocumentIdFor,
  SEQ_STRIDE,
  SeqSlots,
  versionMark,
  visibleProps,
} from '../../../../../api/src/domain/curation/changes.js';
import { checkLink, checkNode, checkParties, checkUnlink } from '../../../../../api/src/domain/curation/checks.js';
import { AppError } from '../../../../../api/src/errors.js';
import { ID_PATTERN } from '../../../../../core/vocabulary.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'OK';
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
  }
};

describe('stored citations', () => {
  const stored = {
    citeDocuments: ['eu-cybersecurity-strategy-2013'],
    citeLocators: ['2.1'],
    citeQuotes: ['a quote'],
    citeNotes: [''],
    reference: false,
  };

  it('should append a new citation as parallel lists, once', () => {
    const row = citationRow(
      { source: 'document', document: 'ref-efta-eea', locator: null, quote: null, note: 'n' },
      null,
    );
    const props = citedProps(stored, row, true);
    expect(props).toEqual({
      citeDocuments: ['eu-cybersecurity-strategy-2013', 'ref-efta-eea'],
      citeLocators: ['2.1', ''],
      citeQuotes: ['a quote', ''],
      citeNotes: ['', 'n'],
      quoteText: 'a quote | n',
      reference: false,
    });
    expect(citedProps(props, row, true).citeDocuments).toHaveLength(2);
  });

  it('should mark a node reference data only when every citation is a reference page', () => {
    const row = { document: 'ref-x', locator: '', quote: '', note: 'n' };
    expect(citedProps(null, row, true).reference).toBe(true);
    expect(citedProps({ ...citedProps(null, row, true) }, { ...row, note: 'm' }, true).reference).toBe(true);
    expect(citedProps(null, row, false).reference).toBe(false);
  });

  it('should cite an external page through its derived reference document', () => {
    const row = citationRow({ source: 'external', title: 'T', url: 'https://www.nato.int/cps/en', note: 'n' }, null);
    expect(row.document).toBe(referenceDocumentIdFor('https://www.nato.int/cps/en'));
  });
});

describe('derived values', () => {
  it('should derive a stable kebab-case document id from a URL', () => {
    const id = referenceDocumentIdFor('https://www.efta.int/eea');
    expect(id).toMatch(/^ref-efta-int-[0-9a-f]{10}$/);
    expect(id).toMatch(ID_PATTERN);
    expect(referenceDocumentIdFor('https://www.efta.int/eea')).toBe(id);
    expect(referenceDocumentIdFor('https://www.efta.int/other')).not.toBe(id);
    expect(referenceDocumentIdFor('https://xn--80ak6aa92e.com/')).toMatch(ID_PATTERN);
  });

  it('should hash each change and show the hash after the seed version', () => {
    const first = changeHash({ id: 'a' });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(changeHash({ id: 'a' })).toBe(first);
    expect(changeHash({ id: 'b' })).not.toBe(first);
    expect(curatedDataVersion('seed-0123456789abcdef', null)).toBe('seed-0123456789abcdef');
    expect(curatedDataVersion('seed-0123456789abcdef', first)).toBe(`seed-0123456789abcdef+${first.slice(0, 12)}`);
    expect(curatedDataVersion(null, first)).toBe(`unseeded+${first.slice(0, 12)}`);
  });

  it('should hide lock markers and search fields from snapshots', () => {
    expect(visibleProps({ name: 'x', _lock: true, aliasText: 'a', quoteText: 'q', version: 2 })).toEqual({
      name: 'x',
      version: 2,
    });
    expect(aliasText([])).toBeNull();
    expect(aliasText(['a', 'b'])).toBe('a | b');
  });
});

describe('the audit snapshot of a node write, computed before it (issue 20, W5: one statement writes and records)', () => {
  it('should give a created node its id and version 1, without null properties or search fields', () => {
    expect(
      propsAfterWrite('x', null, { name: 'X', description: null, aliases: [], aliasText: null, quoteText: 'q' }),
    ).toEqual({ aliases: [], id: 'x', name: 'X', version: 1 });
  });

  it('should keep what the write leaves, replace what it sets, remove what it nulls, and bump the version', () => {
    const stored = { id: 'x', name: 'Old', description: 'gone', kind: 'other', version: 4, seedOnly: 7 };
    const after = propsAfterWrite('x', stored, { name: 'New', description: null, aliasText: 'a' });
    expect(after).toEqual({ id: 'x', kind: 'other', name: 'New', seedOnly: 7, version: 5 });
    expect(Object.keys(after)).toEqual(['id', 'kind', 'name', 'seedOnly', 'version']);
    expect(stored.version).toBe(4);
    // A seed node without a version is at 0 (coalesce(n.version, 0) + 1).
    expect(propsAfterWrite('y', { id: 'y' }, {}).version).toBe(1);
  });

  it('should record a lone surrogate as Neo4j stores it (U+FFFD), and keep a paired one', () => {
    const after = propsAfterWrite('z', null, { name: 'a\uD800b', aliases: ['\uDC00', 'ok \uD83D\uDE00'] });
    expect(after.name).toBe('a\uFFFDb');
    expect(after.aliases).toEqual(['\uFFFD', 'ok \uD83D\uDE00']);
  });

  it("should give a created relationship its props and version 1 only, and update one's as a node's", () => {
    expect(relationshipPropsAfterWrite(null, { order: 2, role: 'r\uDC00', note: null, quoteText: 'q' })).toEqual({
      order: 2,
      role: 'r\uFFFD',
      version: 1,
    });
    const stored = { order: 2, role: 'member', version: 3, seedOnly: true };
    expect(relationshipPropsAfterWrite(stored, { order: null, role: 'chair' })).toEqual({
      role: 'chair',
      seedOnly: true,
      version: 4,
    });
  });
});

describe('version checks', () => {
  const stored = { id: 'x', label: 'Actor', props: { version: 2 } };
  it('should create when absent and no version is expected, else decide by the stored version', () => {
    expect(checkNode(undefined, 'Actor', 'x', null)).toBeNull();
    expect(checkNode(stored, 'Actor', 'x', 2)).toBe(stored);
    expect(codeOf(() => checkNode(undefined, 'Actor', 'x', 0))).toMatch(/^NOT_FOUND: /);
    expect(codeOf(() => checkNode(stored, 'Actor', 'x', null))).toMatch(/^CONFLICT: .*already exists at version 2/);
    expect(codeOf(() => checkNode(stored, 'Actor', 'x', 1))).toMatch(/^CONFLICT: .*at version 2, not 1/);
    expect(codeOf(() => checkNode(stored, 'LegalInstrument', 'x', 2))).toMatch(/^BAD_USER_INPUT: id: "x" is already/);
    expect(checkNode({ ...stored, props: {} }, 'Actor', 'x', 0)).toBeTruthy();
  });

  it('should create, change or refuse relationships by version', () => {
    expect(checkLink('r', null, null)).toBeNull();
    expect(checkLink('r', null, 0)).toBeNull();
    expect(checkLink('r', { version: 3 }, 3)).toBe(3);
    expect(codeOf(() => checkLink('r', { version: 3 }, null))).toMatch(/^CONFLICT: r already exists at version 3/);
    expect(codeOf(() => checkLink('r', null, 2))).toMatch(/^CONFLICT: /);
    expect(checkUnlink('r', {}, null)).toBe(0);
    expect(codeOf(() => checkUnlink('r', null, null))).toMatch(/^NOT_FOUND: /);
    expect(codeOf(() => checkUnlink('r', { version: 1 }, 2))).toMatch(/^CONFLICT: /);
  });

  it('should require existing actors as parties', () => {
    const found = new Map([
      ['a', { id: 'a', label: 'Actor', props: {} }],
      ['d', { id: 'd', label: 'Document', props: {} }],
    ]);
    expect(codeOf(() => checkParties(['a'], found))).toBe('OK');
    expect(codeOf(() => checkParties(['a', 'zz'], found))).toMatch(/^NOT_FOUND: parties: no actor with id "zz"/);
    expect(codeOf(() => checkParties(['d'], found))).toMatch(/^BAD_USER_INPUT: parties: not actors: d/);
  });
});

describe('the data version and audit seqs without a common lock (issue 20)', () => {
  it('should take a version mark from the first 48 bits of a change hash', () => {
    const hash = changeHash({ id: 'a' });
    expect(versionMark(hash)).toBe(Number.parseInt(hash.slice(0, 12), 16));
    expect(versionMark('ffffffffffff' + '0'.repeat(52))).toBe(2 ** 48 - 1);
    expect(Number.isSafeInteger(versionMark('ffffffffffff'))).toBe(true);
  });

  it('should move the state hash with every record and wrap at 2^48, as 12 hex digits', () => {
    expect(curationStateHash(0, 1)).toBe('000000000001');
    expect(curationStateHash(0xabc, 2)).toBe('000000000abe');
    expect(curationStateHash(2 ** 48 - 1, 1)).toBe('000000000000');
    expect(curationStateHash(2 ** 48 - 1, 3)).toBe('000000000002');
    const states = new Set(Array.from({ length: 50 }, (_, i) => curationStateHash(123_456_789, i + 1)));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[0-9a-f]{12}$/);
  });

  it('should give concurrent changes of one process different seq slots, and reuse a released one', () => {
    const slots = new SeqSlots(SEQ_STRIDE - 2);
    const held = Array.from({ length: 5 }, () => slots.take());
    expect(new Set(held).size).toBe(5);
    const values = held.map((index) => slots.slotOf(index));
    expect(values).toEqual([SEQ_STRIDE - 2, SEQ_STRIDE - 1, 0, 1, 2]);
    for (const value of values) expect(value).toBeGreaterThanOrEqual(0);
    slots.release(held[1]!);
    expect(slots.take()).toBe(held[1]);
    expect(slots.take()).toBe(5);
  });
});
