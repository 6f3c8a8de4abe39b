/**
 * Limits that refuse expensive documents before any resolver runs (reliability notes §0, §2):
 * tokens (parser), depth (mercurius, fragment-aware since 16.10.1), aliases (validation rule) and cost
 * (graphql-query-complexity in preExecution, which works with the query cache). Codes: QUERY_TOO_COMPLEX.
 */
import { GraphQLError, type ASTVisitor, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors.js';

export const LIMITS = {
  maxTokens: 3000,
  // 15: the standard introspection query (GraphiQL) is 15 deep; the cost and alias limits bound the rest.
  maxDepth: 15,
  maxAliases: 30,
  maxCost: 5000,
} as const;

/** Refuses documents with more than LIMITS.maxAliases aliased fields. */
export function aliasLimitRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  return {
    Field(node) {
      if (!node.alias) return;
      aliases += 1;
      if (aliases === LIMITS.maxAliases + 1) {
        context.reportError(
          new GraphQLError(`Too many aliases: more than ${LIMITS.maxAliases} in one document.`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          }),
        );
      }
    },
  };
}

/** The most items any list field returns (network's limit); a larger `first` or `limit` is refused outright. */
export const MAX_LIST_SIZE = 2000;

/**
 * Refuses the operation that will run when its estimated cost exceeds LIMITS.maxCost. Fails closed: when the
 * estimate cannot be made (variables that do not coerce, a size that is not a whole number from 0 to
 * MAX_LIST_SIZE, anything else), the request is refused before any resolver runs.
 */
export function assertAffordable(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): void {
  let cost: number;
  try {
    cost = cachedEstimate(schema, document, variables, operationName);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = (error as Error | undefined)?.message ?? '';
    if (/^Variable "\$/.test(message)) throw new AppError('BAD_USER_INPUT', message);
    throw new AppError('QUERY_TOO_COMPLEX', 'Query refused: its cost could not be estimated.');
  }
  if (!Number.isFinite(cost) || cost > LIMITS.maxCost) {
    throw new AppError(
      'QUERY_TOO_COMPLEX',
      `Query too complex: estimated cost ${Math.round(cost)} exceeds ${LIMITS.maxCost}.`,
    );
  }
}

/**
 * mercurius reuses one parsed DocumentNode per query text (its LRU), so the cost is computed once per document,
 * operation and set of variables (bench: a measurable share of a small query's time in the API).
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_VARIABLE_SETS = 50;

function cachedEstimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  const key = JSON.stringify([operationName ?? null, variables ?? {}]);
  let known = costs.get(document);
  const cost = known?.get(key);
  if (cost !== undefined) return cost;
  const computed = estimate(schema, document, variables, operationName);
  if (!known) costs.set(document, (known = new Map()));
  if (known.size >= MAX_VARIABLE_SETS) known.delete(known.keys().next().value!);
  known.set(key, computed);
  return computed;
}

/** A list size argument: a whole number from 0 to MAX_LIST_SIZE, else the request is refused. */
function listSize(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_LIST_SIZE)
    throw new AppError(
      'BAD_USER_INPUT',
      `${name} must be a whole number from 0 to ${MAX_LIST_SIZE}, got ${String(value)}`,
    );
  return value;
}

/**
 * Each field costs 1; list fields that take `first`/`limit` cost a tenth of that many times their selection.
 * Only the operation that runs is counted (operationName), so a second operation cannot change the estimate.
 */
function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [
      ({ args, childComplexity }) => {
        const size = listSize('first', args.first) ?? listSize('limit', args.limit);
        return size === undefined ? undefined : 1 + (size * Math.max(childComplexity, 1)) / 10;
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}
