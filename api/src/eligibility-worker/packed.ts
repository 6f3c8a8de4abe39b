/**
 * A decision packed to cross threads cheaply (issue 20). Structured clone writes every object with its property
 * names and rebuilds it property by property on the receiving thread: at a million nodes a decision of 135k
 * reasons took seconds to receive, on the API's own thread. Packed, it is a tape of numbers (one Float64Array),
 * the distinct strings once (an explanation shared by many rules' reasons crosses once), and the distinct shapes
 * (property names) once; shared objects (rules, conditions, agreements) stay shared. Plain objects, arrays, Maps
 * and primitives only: anything else is refused (`pack` returns null) and the decision is sent as it is. Pure.
 */

export interface Packed {
  tape: Float64Array;
  strings: string[];
  shapes: string[][];
}

const NULL = 0;
const UNDEFINED = 1;
const TRUE = 2;
const FALSE = 3;
const NUMBER = 4;
const STRING = 5;
const ARRAY = 6;
const OBJECT = 7;
const MAP = 8;
const SEEN = 9;

class Unpackable extends Error {}

/** The value packed, or null when it holds something other than plain data (then send it as it is). */
export function pack(value: unknown): Packed | null {
  const tape: number[] = [];
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const seen = new Map<object, number>();

  const string = (text: string) => {
    let id = stringIds.get(text);
    if (id === undefined) {
      id = strings.length;
      strings.push(text);
      stringIds.set(text, id);
    }
    return id;
  };

  function write(v: unknown): void {
    if (v === null) tape.push(NULL);
    else if (v === undefined) tape.push(UNDEFINED);
    else if (v === true) tape.push(TRUE);
    else if (v === false) tape.push(FALSE);
    else if (typeof v === 'number') tape.push(NUMBER, v);
    else if (typeof v === 'string') tape.push(STRING, string(v));
    else if (typeof v === 'object') {
      const known = seen.get(v);
      if (known !== undefined) {
        tape.push(SEEN, known);
        return;
      }
      seen.set(v, seen.size);
      if (Array.isArray(v)) {
        tape.push(ARRAY, v.length);
        for (let i = 0; i < v.length; i++) write(v[i]);
      } else if (v instanceof Map) {
        tape.push(MAP, v.size);
        for (const [key, item] of v) {
          write(key);
          write(item);
        }
      } else if (Object.getPrototypeOf(v) === Object.prototype) {
        const keys = Object.keys(v);
        const signature = keys.join('\u0000');
        let shape = shapeIds.get(signature);
        if (shape === undefined) {
          shape = shapes.length;
          shapes.push(keys);
          shapeIds.set(signature, shape);
        }
        tape.push(OBJECT, shape);
        for (const key of keys) write((v as Record<string, unknown>)[key]);
      } else throw new Unpackable();
    } else throw new Unpackable();
  }

  try {
    write(value);
  } catch (error) {
    if (error instanceof Unpackable) return null;
    throw error;
  }
  return { tape: Float64Array.from(tape), strings, shapes };
}

const EMPTY = {};

/**
 * A function that makes an object of this shape from the next values read, as an object literal: V8 gives each
 * shape one hidden class at once instead of a chain of property additions. The keys are quoted (JSON), so any
 * name is a literal key.
 */
function builderOf(keys: readonly string[]): (read: () => unknown) => object {
  // A literal "__proto__" key would set the prototype: such a shape is made property by property.
  if (keys.includes('__proto__'))
    return (read) => {
      const object = {};
      for (const key of keys)
        Object.defineProperty(object, key, { value: read(), enumerable: true, writable: true, configurable: true });
      return object;
    };
  const fields = keys.map((key) => `${JSON.stringify(key)}: read()`).join(', ');
  return new Function('read', `return { ${fields} };`) as (read: () => unknown) => object;
}

/** The value `pack` packed: equal to it, with the same objects shared (a decision is a tree with shared leaves). */
export function unpack<T>({ tape, strings, shapes }: Packed): T {
  const made: object[] = [];
  const builders: Array<(read: () => unknown) => object> = [];
  let at = 0;

  function read(): unknown {
    const tag = tape[at++];
    switch (tag) {
      case NULL:
        return null;
      case UNDEFINED:
        return undefined;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case NUMBER:
        return tape[at++];
      case STRING:
        return strings[tape[at++]!];
      case SEEN:
        return made[tape[at++]!];
      case ARRAY: {
        const length = tape[at++]!;
        const array: unknown[] = [];
        made.push(array);
        for (let i = 0; i < length; i++) array.push(read());
        return array;
      }
      case MAP: {
        const size = tape[at++]!;
        const map = new Map<unknown, unknown>();
        made.push(map);
        for (let i = 0; i < size; i++) {
          const key = read();
          map.set(key, read());
        }
        return map;
      }
      case OBJECT: {
        const shape = tape[at++]!;
        const index = made.length;
        made.push(EMPTY);
        const object = (builders[shape] ??= builderOf(shapes[shape]!))(read);
        made[index] = object;
        return object;
      }
      default:
        throw new Error(`packed decision: unknown tag ${tag} at ${at - 1}`);
    }
  }

  return read() as T;
}
