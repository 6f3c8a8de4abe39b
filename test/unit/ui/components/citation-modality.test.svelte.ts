// @vitest-environment jsdom
/**
 * Issue 17: a citation shows how firmly its sentence states the fact, beside the quote ("will seek closer
 * cooperation" is an aim, not a present cooperation); a reference note and a citation without a modality show none.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Citation from '../../../../ui/src/lib/components/Citation.svelte';
import { modalityWords } from '../../../../ui/src/lib/util/modality.js';

const document = { id: 'eu-cybersecurity-strategy-2013', name: 'EU Cybersecurity Strategy' };

describe('a citation’s modality', () => {
  it('should show the modality and the words that carry it', () => {
    const { container } = render(Citation, {
      citation: {
        document,
        locator: '2.5',
        quote: 'the EU will seek closer cooperation with organisations',
        kind: 'QUOTE',
        modality: 'INTENT',
        verbPhrase: 'the EU will seek closer cooperation with',
      },
    });
    const caption = container.querySelector('figcaption')!;
    expect(caption).toHaveTextContent('Aim, not yet done: “the EU will seek closer cooperation with”');
    expect(container.querySelector('[data-modality="INTENT"]')).not.toBeNull();
  });

  it('should show nothing when none is recorded', () => {
    const { container } = render(Citation, {
      citation: { document, locator: '3.1', quote: 'engage in policy dialogue', kind: 'QUOTE', modality: null },
    });
    expect(container.querySelector('.modality')).toBeNull();
    expect(screen.getByText(/engage in policy dialogue/)).toBeInTheDocument();
  });

  it('should have words for every modality of the vocabulary', async () => {
    const { MODALITIES } = await import('../../../../core/vocabulary.js');
    for (const m of MODALITIES.values) expect(modalityWords(m), m).not.toBe(m.toLowerCase());
    expect(modalityWords(undefined)).toBeNull();
  });
});
