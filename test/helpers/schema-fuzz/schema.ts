/**
 * The schema as a client sees it (introspection over HTTP), and how to reach each object type from a root:
 * up to two paths per type through different root fields, each step with valid arguments, so a field can be
 * sent alone (the shortest path) and nested under other parents (the second path).
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';

export async function introspect(url: string): Promise<GraphQLSchema> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data: IntrospectionQuery };
  return buildClientSchema(body.data);
}

export interface Step {
  parent: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

export type Root = 'query' | 'mutation';
export interface Path {
  root: Root;
  steps: Step[];
}

const objectTypes = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));

/** Every field as "Type.field", and every argument as "Type.field.argument", of the object types. */
export function coordinates(schema: GraphQLSchema) {
  const fields: string[] = [];
  const args: string[] = [];
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      fields.push(`${type.name}.${field.name}`);
      for (const arg of field.args) args.push(`${type.name}.${field.name}.${arg.name}`);
    }
  }
  return { fields, args };
}

/**
 * Up to three paths to each object type: breadth first from Query (then Mutation for what only a mutation
 * returns), each through a different root field (an empty list on one path, such as `network`'s `paths`, is
 * covered through another).
 */
export function pathsToTypes(schema: GraphQLSchema): Map<string, Path[]> {
  const found = new Map<string, Path[]>();
  const roots: Array<[Root, GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  for (const [root, type] of roots) {
    if (!type) continue;
    const queue: Path[] = [{ root, steps: [] }];
    const seen = new Map<string, Set<string>>();
    if (!found.has(type.name)) found.set(type.name, [{ root, steps: [] }]);
    while (queue.length > 0) {
      const path = queue.shift()!;
      const parent =
        path.steps.length === 0 ? type : (getNamedType(path.steps.at(-1)!.field.type) as GraphQLObjectType);
      for (const field of Object.values(parent.getFields())) {
        const target = getNamedType(field.type);
        if (!isObjectType(target)) continue;
        const next: Path = { root, steps: [...path.steps, { parent, field }] };
        const rootField = next.steps[0]!.field.name;
        const known = found.get(target.name) ?? [];
        const viaRoots = seen.get(target.name) ?? new Set<string>();
        if (known.length >= 3 || viaRoots.has(rootField)) continue;
        if (known.length === 1 && known[0]!.root !== root) continue;
        viaRoots.add(rootField);
        seen.set(target.name, viaRoots);
        found.set(target.name, [...known, next]);
        queue.push(next);
      }
    }
  }
  return found;
}
