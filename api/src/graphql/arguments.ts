/**
 * Every argument check of the API, in one module, before any resolver runs (the preExecution hook of
 * plugins/graphql.ts): the bounds the schema declares on arguments and input fields (`@page`, `@range`, `@size`,
 * `@length`, base.graphql) and the shape of every connection's `after` cursor. A bad argument is therefore a
 * request error (no `data`; 400 under application/graphql-response+json), never a field error that nulls the
 * answer. Also the one page policy (MAX_PAGE) and the cursors' encoding.
 *
 * The schema comes from mercurius (graphql's CommonJS build) and this module may load the ESM build (vitest): it
 * reads the schema by its methods and fields only, never with graphql's instanceof-based predicates.
 */
import {
  Kind,
  valueFromASTUntyped,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { badInput } from '../errors.js';

/** The one page policy: every connection's `first` is 1 to MAX_PAGE (DEFAULT_PAGE when omitted). */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

/** An opaque cursor: base64url of a JSON list of at most 3 strings or numbers. */
export function encodeCursor(parts: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The parts of a cursor this API made, or null when it is not one. */
export function cursorParts(cursor: string): Array<string | number> | null {
  if (cursor.length > 2000 || !/^[A-Za-z0-9_-]*$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const ok =
      Array.isArray(value) &&
      value.length >= 1 &&
      value.length <= 3 &&
      value.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isSafeInteger(part)));
    return ok ? (value as Array<string | number>) : null;
  } catch {
    return null;
  }
}

const notACursor = () => badInput('after: not a cursor this connection returned', { field: 'after' });

/** A keyset cursor ([sort key, id]) decoded, for the database's `afterKey`/`afterId`; nulls for the first page. */
export function keysetAfter(after: string | null | undefined): { key: string | null; id: string | null } {
  if (after === null || after === undefined) return { key: null, id: null };
  const parts = cursorParts(after);
  if (parts?.length !== 2 || typeof parts[0] !== 'string' || typeof parts[1] !== 'string') throw notACursor();
  return { key: parts[0], id: parts[1] };
}

/** An offset cursor ([position]) decoded: how many items come before the page (0 for the first page). */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const parts = cursorParts(after);
  if (parts?.length !== 1 || typeof parts[0] !== 'number' || parts[0] < 0) throw notACursor();
  return parts[0] + 1;
}

/** A sequence cursor (['seq', n]) decoded: the sequence number of the last item seen; null for the first page. */
export function seqAfter(after: string | null | undefined): number | null {
  if (after === null || after === undefined) return null;
  const parts = cursorParts(after);
  if (parts?.length !== 2 || parts[0] !== 'seq' || typeof parts[1] !== 'number') throw notACursor();
  return parts[1];
}

type Bounds = { min: number; max: number };

/** The bound directives on an argument or input field, from its SDL (astNode). */
function boundsOf(directives: readonly DirectiveNode[] | undefined) {
  const read = (d: DirectiveNode): Bounds => {
    const arg = (name: string) => d.arguments?.find((a) => a.name.value === name)?.value;
    const int = (name: string) => {
      const value = arg(name);
      return value?.kind === Kind.INT ? Number(value.value) : Number.NaN;
    };
    return { min: int('min'), max: int('max') };
  };
  const found: Partial<Record<'page' | 'range' | 'size' | 'length', Bounds>> = {};
  for (const d of directives ?? []) {
    if (d.name.value === 'page') found.page = { min: 1, max: MAX_PAGE };
    else if (d.name.value === 'range' || d.name.value === 'size' || d.name.value === 'length')
      found[d.name.value] = read(d);
  }
  return found;
}

/** Code points of a text as the search reads it: NFKC, trimmed, and the longer of it and its lower case. */
export function textLength(value: string): number {
  const normalised = value.normalize('NFKC').trim();
  return Math.max([...normalised].length, [...normalised.toLowerCase()].length);
}

interface Slot {
  name: string;
  type: unknown;
  astNode?: { directives?: readonly DirectiveNode[] } | null;
}

/** Checks one value against its slot's declared bounds, then the fields of an input object, at any depth. */
function checkValue(where: string, slot: Slot, value: unknown): void {
  if (value === undefined) return;
  const bounds = boundsOf(slot.astNode?.directives);
  // An explicit null page size would reach the resolver as null (GraphQL keeps a default only for an omitted
  // argument): refused like any other size outside the page policy.
  if (value === null && bounds.page)
    throw badInput(`${where}: must be a whole number from ${bounds.page.min} to ${bounds.page.max}`, {
      field: slot.name,
    });
  if (value === null) return;
  const between = (b: Bounds, n: number) => n >= b.min && n <= b.max;
  const integer = bounds.page ?? bounds.range;
  if (integer && !(Number.isInteger(value) && between(integer, value as number)))
    throw badInput(`${where}: must be a whole number from ${integer.min} to ${integer.max}`, { field: slot.name });
  if (bounds.size && !(Array.isArray(value) && between(bounds.size, value.length)))
    throw badInput(`${where}: must hold ${bounds.size.min} to ${bounds.size.max} items`, { field: slot.name });
  if (bounds.length && !(typeof value === 'string' && between(bounds.length, textLength(value))))
    throw badInput(
      `${where}: must be ${bounds.length.min} to ${bounds.length.max} characters long (after Unicode normalisation, NFKC)`,
      { field: slot.name },
    );
  const named = namedType(slot.type) as { getFields?: () => Record<string, Slot> };
  // graphql's types name themselves (Symbol.toStringTag), whichever build of graphql made them.
  if (Object.prototype.toString.call(named) === '[object GraphQLInputObjectType]' && named.getFields) {
    const fields = named.getFields();
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!item || typeof item !== 'object') continue;
      for (const field of Object.values(fields))
        checkValue(`${where}.${field.name}`, field, (item as Record<string, unknown>)[field.name]);
    }
  }
}

const namedType = (type: unknown): unknown => {
  let t = type as { ofType?: unknown };
  while (t?.ofType) t = t.ofType as { ofType?: unknown };
  return t;
};

interface FieldDef {
  name: string;
  type: unknown;
  args: readonly Slot[];
}
type Composite = { getFields?: () => Record<string, FieldDef> };

/**
 * Refuses, before execution, any argument of the operation that will run that lies outside the bounds its schema
 * declares, and any `after` that is not a cursor of this API (BAD_USER_INPUT, naming the field and argument).
 */
export function checkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): void {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const values: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] === undefined && definition.defaultValue)
      values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const visited = new Set<string>();

  const visit = (parent: Composite | null | undefined, selections: SelectionSetNode | undefined) => {
    if (!parent || !selections) return;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) visitField(parent, selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        visit(type as unknown as Composite, selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        // Each fragment once: its arguments are the same wherever it is spread.
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment)
          visit(schema.getType(fragment.typeCondition.name.value) as unknown as Composite, fragment.selectionSet);
      }
    }
  };

  const visitField = (parent: Composite, node: FieldNode) => {
    const field = parent.getFields?.()[node.name.value];
    if (!field) return;
    for (const arg of field.args) {
      const given: ArgumentNode | undefined = node.arguments?.find((a) => a.name.value === arg.name);
      if (!given) continue;
      const value = valueFromASTUntyped(given.value, values);
      const where = `${node.name.value}(${arg.name})`;
      checkValue(where, arg, value);
      if (arg.name === 'after' && typeof value === 'string' && cursorParts(value) === null)
        throw badInput(`${where}: not a cursor this connection returned`, { field: 'after' });
    }
    visit(namedType(field.type) as Composite, node.selectionSet);
  };

  visit(root as unknown as Composite, operation.selectionSet);
}
