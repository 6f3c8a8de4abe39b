import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../../../ui/src/lib/state/url-state';

describe('profile in the URL', () => {
  it('should keep the Profile tab and the selected actor in the link, and restore both', () => {
    const { state, problems } = decodeState('?tab=profile&sel=japan');
    expect(problems).toEqual([]);
    expect(state.tab).toBe('profile');
    expect(state.selected).toBe('japan');
    expect(encodeState(state)).toBe('?tab=profile&sel=japan');
  });
});
