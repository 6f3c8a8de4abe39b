import { describe, expect, it } from 'vitest';
import { foldForMatching, SourceText } from '../../../../api/src/seed/quote-match.js';

describe('quote matching', () => {
  const source = new SourceText(
    'ENISA’s default international approach is\n‘limited’. The cyber-\nsecurity of networks — and more.',
  );

  it('should fold line breaks, hyphenation and typographic quotes', () => {
    expect(source.contains("ENISA's default international approach is 'limited'")).toBe(true);
    expect(source.contains('The cybersecurity of networks')).toBe(true);
    expect(source.contains('The cyber-security of networks - and more.')).toBe(true);
  });

  it('should not match changed words or an empty quote', () => {
    expect(source.contains('ENISA’s default approach is')).toBe(false);
    expect(source.contains('   ')).toBe(false);
  });

  it('should keep case and punctuation other than hyphens', () => {
    expect(foldForMatching('A b-c\n d')).toBe('Abcd');
    expect(source.contains('enisa’s default')).toBe(false);
  });
});
