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

export function assertAffordable(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): void {
  let cost: number;
  try {
    cost = cachedEstimate(schema, document, variables);
  } catch {
    return; // invalid variables: execution reports them as BAD_USER_INPUT with the valid values
  }
  if (cost > LIMITS.maxCost) {
    throw new AppError(
      'QUERY_TOO_COMPLEX',
      `Query too complex: estimated cost ${Math.round(cost)} exceeds ${LIMITS.maxCost}.`,
    );
  }
}

/**
 * mercurius reuses one parsed DocumentNode per query text (its LRU), so the cost is computed once per document
 * and set of variables (bench: a measurable share of a small query's time in the API).
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_VARIABLE_SETS = 50;

function cachedEstimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): number {
  const key = JSON.stringify(variables ?? {});
  let known = costs.get(document);
  const cost = known?.get(key);
  if (cost !== undefined) return cost;
  const computed = estimate(schema, document, variables);
  if (!known) costs.set(document, (known = new Map()));
  if (known.size >= MAX_VARIABLE_SETS) known.delete(known.keys().next().value!);
  known.set(key, computed);
  return computed;
}

/** Each field costs 1; list fields that take `first`/`limit` cost a tenth of that many times their selection. */
function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    estimators: [
      ({ args, childComplexity }) => {
        const size = [args.first, args.limit].find((v): v is number => typeof v === 'number');
        return size === undefined ? undefined : 1 + (Math.min(size, 1000) * Math.max(childComplexity, 1)) / 10;
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}
