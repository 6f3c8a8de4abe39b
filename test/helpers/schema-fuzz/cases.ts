/**
 * The fuzzer's requests, built from the introspected schema: one coverage request per object type (every field,
 * reached through its shortest path with valid arguments) and, for every argument and every input field, one
 * request per boundary value, sent alone (its field at the shortest path) and nested (through another parent, or
 * beside the same field with valid arguments). Every argument is a variable of the argument's own type.
 */
import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { pathsToTypes, type Path, type Root } from './schema.js';
import { boundaries, documentedMax, genericValid, type Boundary } from './values.js';

export interface FuzzRequest {
  name: string;
  root: Root;
  token: boolean;
  query: string;
  variables: Record<string, unknown>;
  /** Coverage requests: the path (field names) to the type whose fields are selected. */
  cover?: { keys: string[]; type: string };
  /** The argument or input field ("Type.field.arg" or "Input.field") this request sends a boundary value to. */
  exercises?: string;
}

/** Fresh ids for the nodes the fuzzer may create, and the two test actors it links. */
export interface Fixture {
  fresh(): string;
  actorA: string;
  actorB: string;
}

export const FUZZ_PREFIX = 'test-fuzz-';
const CITATION = {
  document: 'enisa-international-strategy-2021',
  locator: '4.4',
  quote: 'ENISA will seek to reach out to international partners to exchange information and best practices',
};

/** Valid values where the generic ones would not reach data (the seed's ids, vocabularies and small pages). */
function table(fixture: Fixture): Record<string, () => unknown> {
  const assume = () => [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' }];
  return {
    'Query.actor.id': () => 'enisa',
    'Query.document.id': () => 'enisa-international-strategy-2021',
    'Query.agreement.id': () => 'eea-agreement',
    'Query.relationship.id': () => 'iceland|MEMBER_OF|nato',
    'Query.actors.kind': () => 'THIRD_COUNTRY',
    'Query.actors.search': () => 'a',
    'Query.actors.first': () => 5,
    'Query.provisions.document': () => 'enisa-international-strategy-2021',
    'Query.provisions.locator': () => '4.4',
    'Query.provisions.first': () => 5,
    'Query.actions.actor': () => 'enisa',
    'Query.actions.dateFrom': () => '2013',
    'Query.actions.dateTo': () => '2014-06',
    'Query.actors.pillar': () => 'NIS',
    'Query.actors.level': () => 'EU',
    'Query.actors.basis': () => 'FIGURE',
    'Query.timeline.document': () => 'eu-cybersecurity-strategy-2013',
    'Query.timeline.dateFrom': () => '2012-10',
    'Query.timeline.dateTo': () => '2014-12-31',
    'Query.timeline.first': () => 5,
    'Query.incidentResponse.scope': () => 'NATIONAL',
    // Only an incident with a serious impact on business continuity triggers a cooperation plan.
    'Query.incidentResponse.code@TriggeredPlan': () => 'BUSINESS_CONTINUITY',
    'Query.incidentResponse.code': () => 'CRIME',
    'Query.search.text': () => 'enisa',
    'Query.search.first': () => 5,
    'Query.auditLog.first': () => 5,
    'Query.eligibility.objective': () => 'SO4_4',
    'Query.eligibility.approach': () => 'OUTREACH',
    // A member shown but not granted (Belarus, suspended) is in assisting answers only.
    'Query.eligibility.approach@SuspendedMember': () => 'ASSISTING',
    'Query.eligibility.assume': assume,
    'Query.whyNot.partner': () => 'japan',
    'Query.whyNot.objective': () => 'SO4_4',
    'Query.whyNot.approach': () => 'OUTREACH',
    'Query.actorProfile.actor': () => 'japan',
    'Query.actorProfile.assume': assume,
    'Query.network.limit': () => 30,
    'Query.neighbourhood.ids': () => ['enisa'],
    'Query.neighbourhood.kinds': () => ['THIRD_COUNTRY'],
    'Query.neighbourhood.relationTypes': () => ['MEMBER_OF', 'COOPERATES_WITH'],
    'Query.neighbourhood.limit': () => 20,
    'Query.paths.from': () => 'japan',
    'Query.paths.to': () => 'enisa',
    'Query.paths.maxLength': () => 3,
    'Query.paths.k': () => 2,
    'Query.paths.relationTypes': () => ['MEMBER_OF', 'COOPERATES_WITH'],
    'Query.paths.order': () => 'MEANING',
    'Actor.relationships.types': () => ['MEMBER_OF', 'COOPERATES_WITH'],
    'Actor.relationships.first': () => 5,
    'Eligibility.partners.first': () => 5,
    'Eligibility.excluded.first': () => 5,
    'EligibleClass.members.first': () => 5,
    'Graph.layout.scope': () => 'ACTORS',
    'AssumptionInput.kind': () => 'SPECIFIC_EU_AGREEMENT',
    'AssumptionInput.actor': () => 'japan',
    'CitationInput.document': () => CITATION.document,
    'CitationInput.locator': () => CITATION.locator,
    'CitationInput.quote': () => CITATION.quote,
    'UpsertActorInput.id': () => fixture.fresh(),
    'UpsertActorInput.name': () => 'Fuzz actor',
    'UpsertActorInput.kind': () => 'OTHER',
    'UpsertAgreementInput.id': () => fixture.fresh(),
    'UpsertAgreementInput.name': () => 'Fuzz agreement',
    'UpsertAgreementInput.parties': () => [fixture.actorA],
    'UpsertAgreementInput.coversCybersecurity': () => true,
    'UpsertAgreementInput.kinds': () => ['SPECIFIC_EU_AGREEMENT'],
    'LinkInput.from': () => fixture.actorA,
    'LinkInput.to': () => fixture.actorB,
    'LinkInput.type': () => 'COOPERATES_WITH',
    'UnlinkInput.from': () => fixture.actorA,
    'UnlinkInput.to': () => fixture.actorB,
    'UnlinkInput.type': () => 'COOPERATES_WITH',
  };
}

export class CaseBuilder {
  private readonly valid: Record<string, () => unknown>;
  /** The type a coverage request is being built for: "Coordinate@Type" values in the table apply to it alone. */
  private covering: string | null = null;
  readonly paths: Map<string, Path[]>;

  constructor(
    readonly schema: GraphQLSchema,
    readonly fixture: Fixture,
  ) {
    this.valid = table(fixture);
    this.paths = pathsToTypes(schema);
  }

  /** A valid value for a slot ("Type.field.arg" or "Input.field"); undefined leaves an optional one out. */
  validValue(coordinate: string, type: GraphQLInputType): unknown {
    const fromTable = (this.covering && this.valid[`${coordinate}@${this.covering}`]) || this.valid[coordinate];
    if (fromTable) return fromTable();
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      const object = this.validObject(named.name);
      return isListType(getNullableType(type)) ? [object] : object;
    }
    return isNonNullType(type) ? genericValid(type) : undefined;
  }

  validObject(input: string): Record<string, unknown> {
    const type = this.schema.getType(input);
    if (!isInputObjectType(type)) return {};
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const value = this.validValue(`${input}.${field.name}`, field.type);
      if (value !== undefined) object[field.name] = value;
    }
    return object;
  }

  /** A valid value of an input-object type (or list of one) with the field at `path` set to `value`. */
  private withSlot(type: GraphQLInputType, path: string[], value: unknown): unknown {
    const named = getNamedType(type);
    if (!isInputObjectType(named)) return value;
    const [head, ...rest] = path;
    const inner = named.getFields()[head!]!;
    const object = {
      ...this.validObject(named.name),
      [head!]: rest.length ? this.withSlot(inner.type, rest, value) : value,
    };
    return isListType(getNullableType(type)) ? [object] : object;
  }

  validArgs(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): Record<string, unknown> {
    const args: Record<string, unknown> = {};
    for (const arg of field.args) {
      const value = this.validValue(`${parent.name}.${field.name}.${arg.name}`, arg.type);
      if (value !== undefined) args[arg.name] = value;
    }
    return args;
  }

  /** One request selecting every field of a type, through its shortest path with valid arguments. */
  coverage(type: GraphQLObjectType, token: boolean): FuzzRequest[] {
    return (this.paths.get(type.name) ?? []).flatMap((path) => this.coverageThrough(type, path, token));
  }

  private coverageThrough(type: GraphQLObjectType, path: Path, token: boolean): FuzzRequest[] {
    const fields = Object.values(type.getFields());
    // A root type is covered one field at a time (a document with every root field would exceed the cost limit).
    const groups = path.steps.length === 0 ? fields.map((f) => [f]) : [fields];
    this.covering = type.name;
    try {
      return groups.map((group) => {
        const doc = new Doc(path.root);
        const selection = group.map((f) => doc.field(f, this.validArgs(type, f), leafSelection(f))).join(' ');
        return {
          name: `coverage ${type.name}${group.length === 1 ? `.${group[0]!.name}` : ''}`,
          root: path.root,
          token,
          ...doc.render(path, selection, this),
          cover: { keys: path.steps.map((s) => s.field.name), type: type.name },
        };
      });
    } finally {
      this.covering = null;
    }
  }

  /** The boundary requests of one argument of a field (and of each field of an input-object argument). */
  boundaryRequests(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, token: boolean): FuzzRequest[] {
    const requests: FuzzRequest[] = [];
    for (const arg of field.args) {
      const coordinate = `${parent.name}.${field.name}.${arg.name}`;
      const valid = this.validValue(coordinate, arg.type);
      const max = documentedMax(arg.name, field.description) ?? documentedMax(arg.name, arg.description);
      for (const b of boundaries(arg.type, valid, max))
        requests.push(...this.variants(parent, field, { [arg.name]: b.value }, coordinate, b, token));
      // Every field of an input-object argument, at any depth (UpsertActorInput.citation.quote, …), in a
      // valid object (or list of one).
      for (const slot of inputSlots(arg.type)) {
        const fieldMax = documentedMax(slot.field.name, slot.field.description);
        for (const b of boundaries(slot.field.type, this.validValue(slot.coordinate, slot.field.type), fieldMax)) {
          const value = this.withSlot(arg.type, slot.path, b.value);
          requests.push(...this.variants(parent, field, { [arg.name]: value }, slot.coordinate, b, token));
        }
      }
    }
    return requests;
  }

  private variants(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    override: Record<string, unknown>,
    exercises: string,
    boundary: Boundary,
    token: boolean,
  ): FuzzRequest[] {
    const paths = this.paths.get(parent.name) ?? [];
    const alone = paths[0];
    if (!alone) return [];
    const args = this.safe({ ...this.validArgs(parent, field), ...override }, token);
    const name = `${parent.name}.${field.name} ${exercises} = ${boundary.label}${token ? ' (curator)' : ''}`;
    const out: FuzzRequest[] = [];
    const single = new Doc(alone.root);
    out.push({
      name: `${name}, alone`,
      root: alone.root,
      token,
      exercises,
      ...single.render(alone, single.field(field, args, leafSelection(field)), this),
    });
    // Nested: through a second parent when there is one; else beside the same field with valid arguments (one
    // batch holds a good and a bad query) and, for a query, beside another root field.
    const nested = new Doc(alone.root);
    const other = paths[1];
    let selection: string;
    if (other) selection = nested.field(field, args, leafSelection(field));
    else if (alone.root === 'query') {
      const good = nested.field(field, this.validArgs(parent, field), leafSelection(field));
      selection = `${nested.field(field, args, leafSelection(field))} good: ${good}`;
    } else selection = nested.field(field, args, deepSelection(field));
    const rendered = nested.render(other ?? alone, selection, this);
    const sibling = alone.root === 'query' && alone.steps.length === 0 ? ' dataVersion' : '';
    out.push({
      name: `${name}, nested`,
      root: alone.root,
      token,
      exercises,
      query: sibling ? rendered.query.replace(/\}$/, `${sibling} }`) : rendered.query,
      variables: rendered.variables,
    });
    return out;
  }

  /**
   * With a curator token, a mutation may only write to the fuzzer's own fresh ids: an upsert whose id is a
   * boundary value (e.g. "constructor", a valid slug) is sent as an update of a version no node has, which the
   * API refuses (NOT_FOUND or CONFLICT) without writing.
   */
  private safe(args: Record<string, unknown>, token: boolean): Record<string, unknown> {
    const input = args.input as Record<string, unknown> | undefined;
    if (!token || !input || typeof input !== 'object' || Array.isArray(input) || !('id' in input)) return args;
    if (typeof input.id === 'string' && input.id.startsWith(FUZZ_PREFIX)) return args;
    return { ...args, input: { ...input, expectedVersion: 2 ** 31 - 2 } };
  }
}

/** The fields of an input-object type, at any depth: "CitationInput.quote" with its path from the argument. */
function inputSlots(
  type: GraphQLInputType,
  path: string[] = [],
  seen = new Set<string>(),
): Array<{ coordinate: string; path: string[]; field: GraphQLInputField }> {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set([...seen, named.name]);
  return Object.values(named.getFields()).flatMap((field) => [
    { coordinate: `${named.name}.${field.name}`, path: [...path, field.name], field },
    ...inputSlots(field.type, [...path, field.name], inner),
  ]);
}

const leafSelection = (field: GraphQLField<unknown, unknown>) =>
  isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';

/** Two levels of a field's selection (leaf fields without arguments), for the nested variant of a mutation. */
function deepSelection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  const parts = Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => {
      const inner = getNamedType(f.type);
      if (isLeafType(inner)) return f.name;
      if (!isObjectType(inner)) return '';
      const leaves = Object.values(inner.getFields()).filter((g) => isLeafType(getNamedType(g.type)) && !g.args.length);
      return `${f.name} { __typename ${leaves.map((g) => g.name).join(' ')} }`;
    });
  return `{ __typename ${parts.join(' ')} }`;
}

/** A document under construction: every argument value becomes a variable of the argument's type. */
class Doc {
  private readonly definitions: string[] = [];
  readonly variables: Record<string, unknown> = {};

  constructor(readonly root: Root) {}

  field(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, selection: string): string {
    const list = field.args
      .filter((arg) => args[arg.name] !== undefined)
      .map((arg) => {
        const name = `v${this.definitions.length}`;
        this.definitions.push(`$${name}: ${String(arg.type)}`);
        this.variables[name] = args[arg.name];
        return `${arg.name}: $${name}`;
      });
    return `${field.name}${list.length ? `(${list.join(', ')})` : ''} ${selection}`.trim();
  }

  render(path: Path, leaf: string, builder: CaseBuilder): { query: string; variables: Record<string, unknown> } {
    let body = leaf;
    for (const step of [...path.steps].reverse())
      body = this.field(step.field, builder.validArgs(step.parent, step.field), `{ ${body} }`);
    const head = this.definitions.length ? `(${this.definitions.join(', ')})` : '';
    return { query: `${this.root}${head} { ${body} }`, variables: this.variables };
  }
}
