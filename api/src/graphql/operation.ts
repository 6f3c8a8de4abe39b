/**
 * Which operation a request runs, read from the parsed document (never from the text with a pattern): the
 * HTTP layer refuses a document that does not parse or does not name one operation before anything runs,
 * refuses mutations over GET, and the rate limiter counts mutations by it. Parsed documents are kept in a
 * small LRU keyed by the query text, so the parse is paid once per document.
 */
import { getOperationAST, GraphQLError, Kind, parse, type DocumentNode, type OperationTypeNode } from 'graphql';
import { LIMITS } from './limits.js';

/** The operation to run, or why there is none: a syntax error (or too many tokens), or no operation to pick. */
export type Selected =
  | { ok: true; document: DocumentNode; operation: OperationTypeNode; operationCount: number }
  | { ok: false; error: GraphQLError; operationError: boolean };

/** At most this many documents, of at most MAX_CACHED_LENGTH characters each (larger ones are parsed each time). */
const MAX_DOCUMENTS = 500;
const MAX_CACHED_LENGTH = 20_000;
const documents = new Map<string, DocumentNode | GraphQLError>();

/** The parsed document or its syntax error, from the LRU when this text was seen recently. */
export function parseDocument(query: string): DocumentNode | GraphQLError {
  const known = documents.get(query);
  if (known !== undefined) {
    documents.delete(query);
    documents.set(query, known);
    return known;
  }
  let parsed: DocumentNode | GraphQLError;
  try {
    parsed = parse(query, { maxTokens: LIMITS.maxTokens });
  } catch (error) {
    parsed =
      error instanceof GraphQLError
        ? error
        : new GraphQLError(`Syntax Error: ${(error as Error).message ?? 'invalid'}`);
  }
  if (query.length > MAX_CACHED_LENGTH) return parsed;
  documents.set(query, parsed);
  if (documents.size > MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
  return parsed;
}

/** The operation `operationName` names in `query` (the only one when the name is absent), or why there is none. */
export function selectOperation(query: string, operationName: string | null | undefined): Selected {
  const document = parseDocument(query);
  if (document instanceof GraphQLError) return { ok: false, error: document, operationError: false };
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length === 0)
    return { ok: false, error: new GraphQLError('The document holds no operation.'), operationError: true };
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) {
    const message = operationName
      ? `Unknown operation named "${operationName.slice(0, 100)}".`
      : 'Must provide operation name if query contains multiple operations.';
    return { ok: false, error: new GraphQLError(message), operationError: true };
  }
  return { ok: true, document, operation: operation.operation, operationCount: operations.length };
}
