/** Citations are stored as parallel lists on nodes and relationships (seed/rows.ts); this reads them back. */
import { MODALITIES, type Modality } from '../../../core/vocabulary.js';

export interface CitationDTO {
  documentId: string;
  locator: string;
  quote: string;
  kind: 'QUOTE' | 'NOTE';
  /** How firmly the quoted sentence states the fact; null when none was recorded. */
  modality?: Modality | null;
  verbPhrase?: string | null;
}

type Props = Record<string, unknown>;

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function toCitations(props: Props): CitationDTO[] {
  const documents = list(props.citeDocuments);
  const locators = list(props.citeLocators);
  const quotes = list(props.citeQuotes);
  const notes = list(props.citeNotes);
  const modalities = list(props.citeModalities);
  const verbPhrases = list(props.citeVerbPhrases);
  return documents.map((documentId, i) => {
    const modality = MODALITIES.has(modalities[i]) ? modalities[i] : null;
    const verbPhrase = verbPhrases[i] || null;
    return quotes[i]
      ? { documentId, locator: locators[i] || '', quote: quotes[i]!, kind: 'QUOTE' as const, modality, verbPhrase }
      : {
          documentId,
          locator: locators[i] || 'reference',
          quote: notes[i] ?? '',
          kind: 'NOTE' as const,
          modality: null,
          verbPhrase: null,
        };
  });
}

/** A stored modality, or null when the value is none of the vocabulary's. */
export const toModality = (value: unknown): Modality | null => (MODALITIES.has(value) ? value : null);

/**
 * A rule's citations with the modality its APPLIES_TO edges record: an edge quotes the words of the rule's
 * sentence that name the partners, so an edge citation at the same locator whose quote lies within the rule's
 * quote (whitespace folded) gives that sentence's modality. The rule node records none itself.
 */
export function withModalities(citations: CitationDTO[], records: unknown): CitationDTO[] {
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  const stated = (Array.isArray(records) ? (records as Props[]) : []).flatMap((record) =>
    toCitations(record).filter((c) => c.kind === 'QUOTE' && c.modality),
  );
  return citations.map((c) => {
    if (c.modality || c.kind !== 'QUOTE') return c;
    const source = stated.find((s) => s.locator === c.locator && fold(c.quote).includes(fold(s.quote)));
    return source ? { ...c, modality: source.modality, verbPhrase: source.verbPhrase ?? null } : c;
  });
}
