import { graphql } from './client';

export interface SearchHit {
  score: number;
  field: string | null;
  matched: string | null;
  entity: { id: string; label: string; name: string | null; kind: string | null };
}

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { score field matched entity { id label name kind } }
}`;

export async function search(text: string, first = 8): Promise<SearchHit[]> {
  const data = await graphql<{ search: SearchHit[] }>(SEARCH, { text, first });
  return data.search;
}
