import { graphql } from './client';
import { SearchDocument, type SearchQuery } from './generated/graphql';

export type SearchHit = SearchQuery['search']['edges'][number]['node'];

export async function search(text: string, first = 8): Promise<SearchHit[]> {
  const data = await graphql(SearchDocument, { text, first });
  return data.search.edges.map((e) => e.node);
}
