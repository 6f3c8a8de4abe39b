import { describe, expect, it } from 'vitest';
import {
  deleteView,
  MAX_NAMED_VIEWS,
  NAMED_VIEWS_KEY,
  NamedViewError,
  readViews,
  saveView,
  type ViewStorage,
} from '../../../../ui/src/lib/analysis/named-views.js';

function memory(initial?: string): ViewStorage & { value: string | null } {
  const store = {
    value: initial ?? null,
    getItem: (key: string) => (key === NAMED_VIEWS_KEY ? store.value : null),
    setItem: (key: string, value: string) => {
      if (key === NAMED_VIEWS_KEY) store.value = value;
    },
  };
  return store;
}

const now = new Date('2026-12-05T23:00:00Z');

describe('named views', () => {
  it('should save a view under its name, sorted by name, and replace one of the same name', () => {
    const storage = memory();
    saveView(storage, '  Board   view ', '?focus=enisa&cam=0.8:10:20', now);
    saveView(storage, 'Alpha', '', now);
    const views = saveView(storage, 'Board view', '?focus=nato', now);
    expect(views.map((v) => [v.name, v.search])).toEqual([
      ['Alpha', ''],
      ['Board view', '?focus=nato'],
    ]);
    expect(readViews(storage)).toEqual(views);
    expect(deleteView(storage, 'Alpha').map((v) => v.name)).toEqual(['Board view']);
  });

  it('should refuse a bad name, a full list or a refusing browser, and change nothing', () => {
    const storage = memory();
    saveView(storage, 'Kept', '?focus=enisa', now);
    const before = storage.value;
    expect(() => saveView(storage, '   ', '', now)).toThrow(/Give the view a name/);
    expect(() => saveView(storage, 'x'.repeat(61), '', now)).toThrow(/at most 60 characters/);
    expect(() => saveView(storage, 'Odd', 'focus=enisa', now)).toThrow(NamedViewError);
    expect(storage.value).toBe(before);
    const full = memory(
      JSON.stringify(
        Array.from({ length: MAX_NAMED_VIEWS }, (_, i) => ({ name: `v${i}`, search: '', savedAt: now.toISOString() })),
      ),
    );
    expect(() => saveView(full, 'one more', '', now)).toThrow(/delete one first/);
    const refusing: ViewStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveView(refusing, 'A', '', now)).toThrow(/refused to keep the view/);
    expect(() => saveView(null, 'A', '', now)).toThrow(/does not let the page keep views/);
  });

  it('should read whatever is stored without throwing, keeping only views', () => {
    expect(readViews(memory('not json'))).toEqual([]);
    expect(readViews(memory('{"name":"x"}'))).toEqual([]);
    expect(readViews(null)).toEqual([]);
    const mixed = memory(
      JSON.stringify([
        { name: 'Good', search: '?focus=enisa', savedAt: now.toISOString() },
        { name: '', search: '', savedAt: '' },
        { name: 'Bad link', search: 'javascript:alert(1)', savedAt: '' },
        null,
        7,
      ]),
    );
    expect(readViews(mixed).map((v) => v.name)).toEqual(['Good']);
  });
});
