import { graphql } from './client';

export interface Citation {
  document: { id: string; name: string };
  locator: string;
  quote: string;
  kind: 'QUOTE' | 'NOTE';
}

/** What a citation view needs; the kind is QUOTE unless told. */
export type CitationRef = Pick<Citation, 'document' | 'locator' | 'quote'> & { kind?: string };

export interface Relationship {
  id: string;
  type: string;
  direction: 'OUT' | 'IN' | 'BOTH' | null;
  other: { id: string; label: string; name: string | null; kind: string | null } | null;
  citations: Citation[];
}

export interface Provision {
  id: string;
  locator: string;
  title: string | null;
  text: string;
  document: { id: string; name: string };
}

export interface ActorDetails {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
  reference: boolean;
  pillars: string[];
  citations: Citation[];
  relationships: Relationship[];
  provisions: Provision[];
}

const CITATION = 'document { id name } locator quote kind';

const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) {
    id name kind aliases description reference pillars
    citations { ${CITATION} }
    relationships(first: 500) { id type direction other { id label name kind } citations { ${CITATION} } }
    provisions { id locator title text document { id name } }
  }
}`;

export async function fetchActor(id: string): Promise<ActorDetails | null> {
  const data = await graphql<{ actor: ActorDetails | null }>(ACTOR, { id });
  return data.actor;
}

const ACTOR_IDS = `query ActorIds($pillar: String, $document: ID, $after: String) {
  actors(pillar: $pillar, document: $document, first: 100, after: $after) {
    edges { node { id } } pageInfo { hasNextPage endCursor }
  }
}`;

/** Ids of the actors of a pillar or cited by a document, every page. */
export async function fetchActorIds(filter: {
  pillar?: string | null;
  document?: string | null;
}): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    type Page = {
      actors: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const data: Page = await graphql<Page>(ACTOR_IDS, {
      pillar: filter.pillar ?? null,
      document: filter.document ?? null,
      after,
    });
    for (const edge of data.actors.edges) ids.add(edge.node.id);
    if (!data.actors.pageInfo.hasNextPage) break;
    after = data.actors.pageInfo.endCursor;
  }
  return ids;
}

export interface DocumentInfo {
  id: string;
  name: string;
  kind: string;
}

export async function fetchDocuments(): Promise<DocumentInfo[]> {
  const data = await graphql<{ documents: DocumentInfo[] }>('{ documents { id name kind } }');
  return data.documents;
}

const PROVISIONS = `query Provisions($document: ID!, $locator: String, $after: String) {
  provisions(document: $document, locator: $locator, first: 100, after: $after) {
    edges { node { id locator title text document { id name } } } pageInfo { hasNextPage endCursor }
  }
}`;

/** A provision and those under it (locator "4.4" gives "4.4", "4.4 / bullet 1", …); null locator: all. */
export async function fetchProvisions(document: string, locator: string | null): Promise<Provision[]> {
  const out: Provision[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    type Page = {
      provisions: { edges: Array<{ node: Provision }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const data: Page = await graphql<Page>(PROVISIONS, { document, locator, after });
    out.push(...data.provisions.edges.map((e) => e.node));
    if (!data.provisions.pageInfo.hasNextPage) break;
    after = data.provisions.pageInfo.endCursor;
  }
  return out;
}
