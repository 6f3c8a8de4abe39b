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
