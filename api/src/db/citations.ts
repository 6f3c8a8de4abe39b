/** Citations are stored as parallel lists on nodes and relationships (seed/rows.ts); this reads them back. */
export interface CitationDTO {
  documentId: string;
  locator: string;
  quote: string;
  kind: 'QUOTE' | 'NOTE';
}

type Props = Record<string, unknown>;

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function toCitations(props: Props): CitationDTO[] {
  const documents = list(props.citeDocuments);
  const locators = list(props.citeLocators);
  const quotes = list(props.citeQuotes);
  const notes = list(props.citeNotes);
  return documents.map((documentId, i) =>
    quotes[i]
      ? { documentId, locator: locators[i] || '', quote: quotes[i]!, kind: 'QUOTE' as const }
      : { documentId, locator: locators[i] || 'reference', quote: notes[i] ?? '', kind: 'NOTE' as const },
  );
}
