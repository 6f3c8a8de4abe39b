/** The selected actor's details, the filters' actor ids and documents, and the source view's provisions. */
import { allPages, graphql } from './client';
import {
  ActorDocument,
  ActorIdsDocument,
  ActorProvisionsDocument,
  ActorRelationshipsDocument,
  DocumentsDocument,
  ProvisionsDocument,
  type ActorQuery,
  type CitationFieldsFragment,
  type DocumentsQuery,
  type Pillar,
  type ProvisionFieldsFragment,
  type RelationshipFieldsFragment,
} from './generated/graphql';

export type Citation = CitationFieldsFragment;

/** What a citation view needs; the kind is QUOTE unless told; modality and verb phrase when recorded. */
export type CitationRef = Pick<Citation, 'document' | 'locator' | 'quote'> & {
  kind?: string;
  modality?: string | null;
  verbPhrase?: string | null;
};

export type Relationship = RelationshipFieldsFragment;
export type Provision = ProvisionFieldsFragment;

/** An actor with every relationship and provision (all pages). */
export type ActorDetails = Omit<NonNullable<ActorQuery['actor']>, 'relationships' | 'provisions'> & {
  relationships: Relationship[];
  provisions: Provision[];
};

export async function fetchActor(id: string): Promise<ActorDetails | null> {
  const { actor } = await graphql(ActorDocument, { id });
  if (!actor) return null;
  const [relationships, provisions] = await Promise.all([
    allPages(
      actor.relationships,
      async (after) => (await graphql(ActorRelationshipsDocument, { id, after })).actor?.relationships,
    ),
    allPages(
      actor.provisions,
      async (after) => (await graphql(ActorProvisionsDocument, { id, after })).actor?.provisions,
    ),
  ]);
  return { ...actor, relationships, provisions };
}

/** Ids of the actors of a pillar or cited by a document, every page. */
export async function fetchActorIds(filter: {
  pillar?: Pillar | null;
  document?: string | null;
}): Promise<Set<string>> {
  const variables = { pillar: filter.pillar ?? null, document: filter.document ?? null };
  const page = async (after: string | null) => (await graphql(ActorIdsDocument, { ...variables, after })).actors;
  const first = await page(null);
  return new Set(first ? (await allPages(first, page)).map((actor) => actor.id) : []);
}

export type DocumentInfo = DocumentsQuery['documents']['edges'][number]['node'];

export async function fetchDocuments(): Promise<DocumentInfo[]> {
  const page = async (after: string | null) => (await graphql(DocumentsDocument, { after })).documents;
  return allPages(await page(null), page);
}

/** A provision and those under it (locator "4.4" gives "4.4", "4.4 / bullet 1", …); null locator: all. */
export async function fetchProvisions(document: string, locator: string | null): Promise<Provision[]> {
  const page = async (after: string | null) =>
    (await graphql(ProvisionsDocument, { document, locator, after })).provisions;
  const first = await page(null);
  return first ? allPages(first, page) : [];
}
