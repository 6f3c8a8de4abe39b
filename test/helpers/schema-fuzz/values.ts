/**
 * The values the schema fuzzer sends: for each input type its boundary values (outside-checks.md: Int 0, −1,
 * max + 1, 2^31, −2^31; Float NaN and Infinity as strings; String empty, 100 kB, NFKC-expanding, control
 * characters, bidi marks; ID names of built-in properties; an unknown enum value; empty, 10k-item and nested
 * lists; null where nullable), and a valid value for every argument the fuzzer does not vary (so it reaches the
 * types below it).
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';

export interface Boundary {
  /** What the value stands for, e.g. "Int 2^31" (the coverage report and failures name it). */
  label: string;
  value: unknown;
}

/** Built-in property names: a plain-object lookup would take them for keys. */
export const BUILT_IN_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
/** 100 kB: above the 100,000-byte body limit once in JSON (refused 413) … */
const HUGE = 'x'.repeat(100_000);
/** … and 90 kB, which reaches the resolvers. */
const LARGE = 'y'.repeat(90_000);

const strings = (): Boundary[] => [
  { label: 'String empty', value: '' },
  { label: 'String 100 kB', value: HUGE },
  { label: 'String 90 kB', value: LARGE },
  { label: 'String U+3300 x200 (NFKC x4)', value: '\u3300'.repeat(200) },
  { label: 'String U+FDFA x20 (NFKC x18)', value: '\uFDFA'.repeat(20) },
  { label: 'String control characters', value: 'a\u0000b\u0001c\u001f\u007fd\u0085' },
  { label: 'String bidi marks', value: '\u202Eenisa\u202C\u200F\u2066x\u2069\u061C' },
  { label: 'String lone surrogate', value: 'enisa\uD800' },
];

const ids = (): Boundary[] => [
  ...BUILT_IN_NAMES.map((name) => ({ label: `ID ${name}`, value: name })),
  { label: 'ID empty', value: '' },
  { label: 'ID U+FDFA', value: '\uFDFA' },
];

/** "first: 1 to 100", "limit: 1 to 2000 nodes", "(1 to 10)": the documented maximum of an Int argument. */
export function documentedMax(name: string, description: string | null | undefined): number | null {
  const text = description ?? '';
  const named = new RegExp(`\\b${name}\\b[^.;]*?\\b\\d+ to (\\d+)`).exec(text);
  const near = new RegExp(`\\b${name}\\b\\s*\\(\\d+ to (\\d+)\\)`).exec(text);
  const found = near ?? named;
  return found ? Number(found[1]) : null;
}

function scalars(type: string, max: number | null): Boundary[] {
  switch (type) {
    case 'Int':
      return [
        { label: 'Int 0', value: 0 },
        { label: 'Int -1', value: -1 },
        { label: `Int max+1 (${(max ?? 1000) + 1})`, value: (max ?? 1000) + 1 },
        { label: 'Int 2^31', value: 2 ** 31 },
        { label: 'Int -2^31', value: -(2 ** 31) },
        { label: 'Int 2^31-1', value: 2 ** 31 - 1 },
      ];
    case 'Float':
      return [
        { label: 'Float "NaN"', value: 'NaN' },
        { label: 'Float "Infinity"', value: 'Infinity' },
        { label: 'Float 1e308', value: 1e308 },
      ];
    case 'Boolean':
      return [{ label: 'Boolean "true" (a string)', value: 'true' }];
    case 'ID':
      return ids();
    default:
      return strings();
  }
}

/**
 * The boundary values of an argument or input field of this type. `valid` is a valid value of the same type
 * (lists are built from it), `max` the documented maximum for Int.
 */
export function boundaries(type: GraphQLInputType, valid: unknown, max: number | null): Boundary[] {
  const out: Boundary[] = [];
  if (!isNonNullType(type)) out.push({ label: 'null', value: null });
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const element =
      Array.isArray(valid) && valid.length > 0 ? valid[0] : genericValid(inner.ofType as GraphQLInputType);
    out.push({ label: 'list empty', value: [] });
    out.push({ label: 'list 10k items', value: Array.from({ length: 10_000 }, () => element) });
    out.push({ label: 'list nested', value: [[element], [[element]]] });
    for (const b of boundaries(inner.ofType as GraphQLInputType, element, max))
      out.push({ label: `[${b.label}]`, value: [b.value] });
    return out;
  }
  if (isEnumType(inner)) return [...out, { label: 'enum unknown value', value: 'NOT_A_VALUE_OF_THE_ENUM' }];
  if (isInputObjectType(inner))
    return [...out, { label: 'input {}', value: {} }, { label: 'input unknown field', value: { nope: 1 } }];
  if (isScalarType(inner)) return [...out, ...scalars(inner.name, max)];
  return out;
}

/** A valid value of a type when the table gives none: the generic default of its named type. */
export function genericValid(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  let value: unknown;
  if (isEnumType(named)) value = named.getValues()[0]!.name;
  else if (isInputObjectType(named)) value = {};
  else if (named.name === 'Int') value = 1;
  else if (named.name === 'Float') value = 1.5;
  else if (named.name === 'Boolean') value = true;
  else value = 'enisa';
  return isListType(getNullableType(type)) ? [value] : value;
}

export type InputSlot = GraphQLArgument | GraphQLInputField;
