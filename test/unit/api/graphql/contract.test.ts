/**
 * The GraphQL contract, read from the introspection result a client gets (not from the SDL text): every type,
 * field, argument, input field, enum value and directive is described; every list that grows with the data is a
 * Relay connection with `first` (bounded by the one page policy) and `after`; the closed vocabularies are enums
 * generated from core/vocabulary.ts; Actor, Agreement and Relationship expose `version`.
 */
import {
  buildSchema,
  getIntrospectionQuery,
  graphqlSync,
  type IntrospectionField,
  type IntrospectionInputValue,
  type IntrospectionQuery,
  type IntrospectionType,
  type IntrospectionTypeRef,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENUM_VOCABULARIES, enumName } from '../../../../core/vocabulary.js';
import { loadConfig } from '../../../../api/src/config.js';
import { MAX_PAGE } from '../../../../api/src/graphql/arguments.js';
import { loadSchema } from '../../../../api/src/graphql/schema.js';

const sdl = loadSchema(loadConfig({}).paths.graphql);
const result = graphqlSync({
  schema: buildSchema(sdl),
  source: getIntrospectionQuery({ inputValueDeprecation: true }),
});
const introspection = result.data as unknown as IntrospectionQuery;
const ownTypes = introspection.__schema.types.filter((t) => !t.name.startsWith('__'));
const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const BUILT_IN_DIRECTIVES = new Set(['include', 'skip', 'deprecated', 'specifiedBy', 'oneOf']);

const described = (description: string | null | undefined) => (description ?? '').trim().length > 0;

/** Every item of the introspection result that has no description, as `Type`, `Type.field`, `Type.field(arg)`… */
function undescribed(schema: IntrospectionQuery['__schema']): string[] {
  const missing: string[] = [];
  const args = (owner: string, list: readonly IntrospectionInputValue[]) => {
    for (const arg of list) if (!described(arg.description)) missing.push(`${owner}(${arg.name})`);
  };
  for (const type of schema.types) {
    if (type.name.startsWith('__') || BUILT_IN_SCALARS.has(type.name)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (type.kind === 'OBJECT' || type.kind === 'INTERFACE')
      for (const field of type.fields) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        args(`${type.name}.${field.name}`, field.args);
      }
    if (type.kind === 'INPUT_OBJECT')
      for (const field of type.inputFields)
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    if (type.kind === 'ENUM')
      for (const value of type.enumValues)
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
  }
  for (const directive of schema.directives) {
    if (BUILT_IN_DIRECTIVES.has(directive.name)) continue;
    if (!described(directive.description)) missing.push(`@${directive.name}`);
    args(`@${directive.name}`, directive.args);
  }
  return missing;
}

/** The named type under NON_NULL and LIST wrappers, and whether a LIST was among them. */
function unwrap(ref: IntrospectionTypeRef): { name: string; list: boolean } {
  let list = false;
  let current = ref;
  while (current.kind === 'NON_NULL' || current.kind === 'LIST') {
    if (current.kind === 'LIST') list = true;
    current = (current as { ofType: IntrospectionTypeRef }).ofType;
  }
  return { name: (current as { name: string }).name, list };
}

const typeNamed = (name: string): IntrospectionType | undefined => ownTypes.find((t) => t.name === name);
const fieldsOf = (name: string): readonly IntrospectionField[] => {
  const type = typeNamed(name);
  return type && (type.kind === 'OBJECT' || type.kind === 'INTERFACE') ? type.fields : [];
};
const fieldType = (typeName: string, field: string) => {
  const found = fieldsOf(typeName).find((f) => f.name === field);
  return found ? unwrap(found.type).name : undefined;
};

/**
 * The lists that stay plain lists, and why each cannot grow with the data (or is bounded by an argument). A new
 * list of objects or scalars must either be a connection or be added here with its reason.
 */
const FIXED_LISTS: Record<string, string> = {
  'Query.strategicObjectives': 'the seven objectives of the strategy',
  'Query.approaches': 'the three approaches of the strategy',
  'Query.principles': 'the ten principles of the strategy',
  'Query.incidentTypes': 'the incident kinds of section 3.2 of the 2013 strategy',
  'Document.identifiers': "a document's own identifiers",
  'Actor.aliases': 'at most 20 (curation bound)',
  'Agreement.aliases': 'at most 20 (curation bound)',
  'Actor.pillars': 'the three pillars',
  'Agreement.parties': 'at most 100 (curation bound)',
  'Agreement.kinds': 'the three kinds of agreement',
  'ActorClass.filledByKinds': 'the three kinds of agreement and INCOMPATIBLE',
  'Action.requestedBy': 'the actors one sentence names',
  'Action.assignedTo': 'the actors one sentence names',
  'IncidentResponse.responders': 'the responders one paragraph names',
  'StrategicObjective.rules': 'the rules of one objective',
  'Rule.approaches': 'the three approaches',
  'Reason.conditions': 'the conditions of one rule',
  'EligiblePartner.reasons': 'the rules of one objective',
  'EligiblePartner.conditions': 'the conditions of one rule',
  'EligibleClass.reasons': 'the rules of one objective',
  'EligibleClass.conditions': 'the conditions of one rule',
  'EligibleActivity.conditions': 'the conditions of one rule',
  'Eligibility.assumptions': 'at most 20 (the assume argument)',
  'Eligibility.classes': 'the rules of one objective',
  'Eligibility.activities': 'the rules of one objective',
  'Eligibility.generalConditions': 'the conditions of one objective',
  'WhyNot.checks': 'the rules of one objective',
  'WhyNot.assumptions': 'at most 20 (the assume argument)',
  'WhyNot.reasons': 'the rules of one objective',
  'WhyNot.conditions': 'the conditions of the rules of one objective',
  'WhyNot.caveats': 'the safeguard rules (one on the seed)',
  'Rule.ambiguities': 'the ambiguities of one sentence',
  'EligiblePartner.lost': 'the rules of one objective',
  'Eligibility.suspended': 'the members of the groups the rules of one objective name',
  'Eligibility.caveats': 'the safeguard rules (one on the seed)',
  'ProfileCell.reasons': 'the rules of one objective',
  'ProfileCell.conditions': 'the conditions of the rules of one objective',
  'ProfileCell.caveats': 'the safeguard rules (one on the seed)',
  'ActorProfile.cells': 'the objectives × the three approaches (21)',
  'ActorProfile.assumptions': 'at most 20 (the assume argument)',
  'Graph.nodes': 'bounded by the limit argument of network/neighbourhood/paths',
  'Graph.edges': 'bounded by the limit argument of network/neighbourhood/paths',
  'Graph.paths': 'at most k (1 to 10)',
  'Graph.layout': 'one position per node of the graph',
  'GraphPath.nodes': 'at most maxLength + 1 (1 to 6)',
  'GraphPath.edges': 'at most maxLength (1 to 6)',
  'AgreementUsed.kinds': 'the three kinds of agreement',
  'AgreementUsed.ambiguousKinds': 'the three kinds of agreement',
  'AgreementUsed.kindReadings': 'one reading per kind of agreement (three)',
  'AgreementUsed.cyberScope': 'cybersecurity, cyber issues, cybercrime',
  'AgreementUsed.evidence': 'the quotes of one agreement (its cooperation and dates)',
  'GraphPath.steps': 'at most maxLength (1 to 6)',
  'GraphPath.provisions': 'the citations of at most maxLength steps',
  'Graph.pathGroups': 'the provisions of at most k paths, plus one',
  'PathGroup.paths': 'at most k (1 to 10)',
  'Query.sharedActors':
    'the actors both strategies name, one complete list as issue 17 asks (15 on the seed; bounded by the actors)',
  'SharedActor.nodes': 'one node, or the two an identity link joins',
  'Responder.with': 'the responders one paragraph names',
  'IncidentResponse.plans': 'the two NIS cooperation plans (national, Union)',
  'Relationship.modalities': 'the modalities of its citations (at most 12)',
};
/** Lists of citations are the evidence of one fact: a handful of quotes, never a page. */
const isCitationList = (type: string) => type === 'Citation';

describe('the GraphQL contract, by introspection', () => {
  it('should introspect without errors', () => {
    expect(result.errors).toBeUndefined();
    expect(ownTypes.length).toBeGreaterThan(50);
  });

  it('should describe 100% of types, fields, arguments, input fields, enum values and directives', () => {
    expect(undescribed(introspection.__schema)).toEqual([]);
  });

  it('should list what is undescribed (the check itself can fail)', () => {
    const bare = buildSchema('type Query { "Described." a(x: Int): Int  b: E } enum E { "One." ONE TWO }');
    const bareResult = graphqlSync({ schema: bare, source: getIntrospectionQuery() });
    expect(undescribed((bareResult.data as unknown as IntrospectionQuery).__schema)).toEqual([
      'Query',
      'Query.a(x)',
      'Query.b',
      'E',
      'E.TWO',
    ]);
  });

  it('should make every list that can grow a connection, and every other list a known fixed one', () => {
    const stray: string[] = [];
    for (const type of ownTypes) {
      if (type.kind !== 'OBJECT' || type.name.endsWith('Connection')) continue;
      for (const field of type.fields) {
        const { name, list } = unwrap(field.type);
        const key = `${type.name}.${field.name}`;
        if (list && !isCitationList(name) && !(key in FIXED_LISTS)) stray.push(`${key}: ${name}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('should give every connection edges { cursor node }, pageInfo and totalCount, and every field of one first and after', () => {
    const connections = ownTypes.filter((t) => t.kind === 'OBJECT' && t.name.endsWith('Connection'));
    expect(connections.map((t) => t.name).sort()).toEqual([
      'ActionConnection',
      'ActorConnection',
      'AuditRecordConnection',
      'ClassMemberConnection',
      'DocumentConnection',
      'EligiblePartnerConnection',
      'ProvisionConnection',
      'RelationshipConnection',
      'SearchHitConnection',
      'TimelineConnection',
    ]);
    const problems: string[] = [];
    for (const connection of connections) {
      const edge = fieldType(connection.name, 'edges');
      if (
        !edge ||
        fieldType(connection.name, 'pageInfo') !== 'PageInfo' ||
        fieldType(connection.name, 'totalCount') !== 'Int'
      )
        problems.push(`${connection.name}: edges, pageInfo, totalCount`);
      if (edge && (fieldType(edge, 'cursor') !== 'String' || !fieldType(edge, 'node')))
        problems.push(`${edge}: cursor, node`);
    }
    for (const type of ownTypes)
      for (const field of type.kind === 'OBJECT' ? type.fields : []) {
        if (!unwrap(field.type).name.endsWith('Connection')) continue;
        const first = field.args.find((a) => a.name === 'first');
        const after = field.args.find((a) => a.name === 'after');
        if (!first || unwrap(first.type).name !== 'Int' || !after || unwrap(after.type).name !== 'String')
          problems.push(`${type.name}.${field.name}: first, after`);
      }
    expect(problems).toEqual([]);
    expect(fieldsOf('PageInfo').map((f) => f.name)).toEqual([
      'hasNextPage',
      'hasPreviousPage',
      'startCursor',
      'endCursor',
    ]);
  });

  it('should bound every connection page by the one page policy (@page, 1 to MAX_PAGE), declared in the SDL', () => {
    const pageArguments = [...sdl.matchAll(/^\s*first: Int = (\d+)( @page)?$/gm)];
    const connectionFields = ownTypes
      .flatMap((t) => (t.kind === 'OBJECT' ? t.fields : []))
      .filter((f) => unwrap(f.type).name.endsWith('Connection'));
    expect(pageArguments.length).toBe(connectionFields.length);
    expect(pageArguments.filter((m) => !m[2])).toEqual([]);
    expect(sdl).toContain(`A page size: a whole number from 1 to ${MAX_PAGE}`);
  });

  it('should type the closed vocabularies as the enums generated from core/vocabulary.ts', () => {
    for (const vocabulary of ENUM_VOCABULARIES) {
      const type = typeNamed(vocabulary.name);
      expect(type?.kind, vocabulary.name).toBe('ENUM');
      if (type?.kind === 'ENUM') expect(type.enumValues.map((v) => v.name)).toEqual(vocabulary.values.map(enumName));
    }
    const typed: Record<string, string> = {
      'Actor.kind': 'ActorKind',
      'Relationship.type': 'RelationshipType',
      'Actor.pillars': 'Pillar',
      'Eligibility.objective': 'Objective',
      'ApproachInfo.code': 'Approach',
      'IncidentType.code': 'IncidentTypeCode',
      'SearchHit.field': 'SearchField',
      'GraphNode.label': 'NodeLabel',
      'GraphEdge.type': 'RelationshipType',
      'AuditRecord.mutation': 'AuditMutation',
      'AuditRecord.at': 'DateTime',
      'AuditRecord.before': 'JSON',
      'Query.dataVersion': 'String',
    };
    for (const [key, expected] of Object.entries(typed)) {
      const [typeName, field] = key.split('.');
      expect(fieldType(typeName!, field!), key).toBe(expected);
    }
    const linkInput = typeNamed('LinkInput');
    const linkType =
      linkInput?.kind === 'INPUT_OBJECT' ? linkInput.inputFields.find((f) => f.name === 'type') : undefined;
    expect(linkType && unwrap(linkType.type).name).toBe('RelationshipType');
  });

  it('should expose version on Actor, Agreement and Relationship', () => {
    for (const typeName of ['Actor', 'Agreement', 'Relationship'])
      expect(fieldsOf(typeName).find((f) => f.name === 'version')?.type, typeName).toEqual({
        kind: 'NON_NULL',
        name: null,
        ofType: { kind: 'SCALAR', name: 'Int', ofType: null },
      });
  });
});
