/**
 * Pure parsing of one seed file's YAML value into nodes and relationships, with a problem for every
 * entry that does not fit the vocabulary in schema.ts. Cross-file checks live in validate.ts.
 */
import { CONDITION_KINDS, ID_PATTERN, NODE_LABELS, RELATIONSHIP_TYPES } from '../../../core/vocabulary.js';
import {
  MODALITIES,
  DATE_PATTERN,
  DATE_PROPERTIES,
  LABELS,
  RELATIONSHIP_ENUMS,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_REQUIRED,
} from './schema.js';
import type { PropertyType } from './schema.js';
import type {
  PropertyValue,
  SeedCitation,
  SeedCondition,
  SeedGraph,
  SeedNode,
  SeedProblem,
  SeedRelationship,
} from './types.js';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkType(value: unknown, type: PropertyType): boolean {
  if (type === 'string') return typeof value === 'string' && value.trim().length > 0;
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'boolean') return typeof value === 'boolean';
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim().length > 0);
}

export class FileParser {
  readonly problems: SeedProblem[] = [];
  constructor(private readonly file: string) {}

  private problem(path: string, reason: string): void {
    this.problems.push({ file: this.file, path, reason });
  }

  parse(value: unknown): SeedGraph {
    const graph: SeedGraph = { nodes: [], relationships: [] };
    if (value === null || value === undefined) return graph;
    if (!isRecord(value)) {
      this.problem('', 'a seed file must be a mapping with "nodes" and/or "relationships"');
      return graph;
    }
    for (const key of Object.keys(value)) {
      if (key !== 'nodes' && key !== 'relationships') this.problem(key, 'unknown top-level key');
    }
    this.list(value.nodes, 'nodes').forEach((raw, index) => {
      const node = this.node(raw, `nodes[${index}]`);
      if (node) graph.nodes.push(node);
    });
    this.list(value.relationships, 'relationships').forEach((raw, index) => {
      const rel = this.relationship(raw, `relationships[${index}]`);
      if (rel) graph.relationships.push(rel);
    });
    return graph;
  }

  private list(value: unknown, path: string): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problem(path, 'must be a list');
      return [];
    }
    return value;
  }

  private node(raw: unknown, path: string): SeedNode | undefined {
    if (!isRecord(raw)) return this.fail(path, 'must be a mapping');
    const { id, label, citations, conditions, ...rest } = raw;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      return this.fail(`${path}.id`, `id must be a lowercase kebab-case slug, got ${JSON.stringify(id)}`);
    }
    const schema = NODE_LABELS.has(label) ? LABELS[label] : undefined;
    if (!schema) {
      return this.fail(
        `${path}.label`,
        `unknown label ${JSON.stringify(label)}; one of ${Object.keys(LABELS).join(', ')}`,
      );
    }
    const properties: Record<string, PropertyValue> = {};
    for (const key of Object.keys(schema.required)) {
      if (rest[key] === undefined) this.problem(`${path}.${key}`, `required for ${label}`);
    }
    for (const [key, value] of Object.entries(rest)) {
      const type = schema.required[key] ?? schema.optional[key];
      if (!type) {
        this.problem(`${path}.${key}`, `unknown property for ${label}`);
      } else if (!checkType(value, type)) {
        this.problem(`${path}.${key}`, `must be a non-empty ${type}`);
      } else {
        const allowed = schema.enums?.[key];
        const values = Array.isArray(value) ? value.map(String) : [String(value)];
        if (allowed && !values.every((v) => allowed.includes(v))) {
          this.problem(`${path}.${key}`, `must be one of ${allowed.join(', ')}`);
        }
        properties[key] = value as PropertyValue;
      }
    }
    const node: SeedNode = {
      id,
      label: label as string,
      citations: this.citations(citations, `${path}.citations`, label !== 'Provision' && label !== 'Document'),
      properties,
      conditions: this.conditions(conditions, `${path}.conditions`, label === 'EligibilityRule'),
      files: [this.file],
    };
    return node;
  }

  private relationship(raw: unknown, path: string): SeedRelationship | undefined {
    if (!isRecord(raw)) return this.fail(path, 'must be a mapping');
    const { from, type, to, citations, ...rest } = raw;
    if (typeof from !== 'string' || typeof to !== 'string') return this.fail(path, 'needs "from" and "to" ids');
    if (!RELATIONSHIP_TYPES.has(type)) {
      return this.fail(`${path}.type`, `unknown relationship type ${JSON.stringify(type)}`);
    }
    const properties: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(rest)) {
      const propertyType = RELATIONSHIP_PROPERTIES[key];
      const allowed = RELATIONSHIP_ENUMS[key];
      if (!propertyType) this.problem(`${path}.${key}`, 'unknown relationship property');
      else if (!checkType(value, propertyType)) this.problem(`${path}.${key}`, `must be a ${propertyType}`);
      else if (allowed && !allowed.includes(String(value)))
        this.problem(`${path}.${key}`, `must be one of ${allowed.join(', ')}`);
      else if (DATE_PROPERTIES.has(key) && !DATE_PATTERN.test(String(value)))
        this.problem(`${path}.${key}`, 'must be a date as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD');
      else properties[key] = value as PropertyValue;
    }
    for (const [relType, keys] of Object.entries(RELATIONSHIP_REQUIRED)) {
      for (const key of keys) {
        if (type === relType && properties[key] === undefined && rest[key] === undefined)
          this.problem(`${path}.${key}`, `required for ${relType}`);
        else if (type !== relType && properties[key] !== undefined)
          this.problem(`${path}.${key}`, `only ${relType} carries ${key}`);
      }
    }
    return {
      from,
      type,
      to,
      citations: this.citations(citations, `${path}.citations`, true),
      properties,
      file: this.file,
    };
  }

  private citations(value: unknown, path: string, required: boolean): SeedCitation[] {
    if (value === undefined) {
      if (required) this.problem(path, 'at least one citation is required');
      return [];
    }
    const list = this.list(value, path);
    if (required && list.length === 0) this.problem(path, 'at least one citation is required');
    const result: SeedCitation[] = [];
    list.forEach((raw, index) => {
      const at = `${path}[${index}]`;
      if (!isRecord(raw) || typeof raw.document !== 'string') {
        this.problem(at, 'a citation needs a "document"');
        return;
      }
      for (const key of Object.keys(raw)) {
        if (!['document', 'locator', 'quote', 'note', 'modality', 'verbPhrase', 'excerpt'].includes(key))
          this.problem(`${at}.${key}`, 'unknown citation key');
      }
      const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
      const modality = text('modality');
      if (raw.modality !== undefined && !(MODALITIES as readonly string[]).includes(modality ?? ''))
        this.problem(`${at}.modality`, `must be one of ${MODALITIES.join(', ')}`);
      if (raw.verbPhrase !== undefined && (!text('verbPhrase') || modality === undefined))
        this.problem(`${at}.verbPhrase`, 'a verb phrase is a non-empty quote that goes with a modality');
      if (!text('quote') && !text('note'))
        this.problem(at, 'a citation needs a "quote" (or a "note" for reference data)');
      result.push({
        document: raw.document,
        locator: text('locator'),
        quote: text('quote'),
        note: text('note'),
        ...(modality ? { modality } : {}),
        ...(text('verbPhrase') ? { verbPhrase: text('verbPhrase') } : {}),
        ...(text('excerpt') ? { excerpt: text('excerpt') } : {}),
      });
    });
    return result;
  }

  private conditions(value: unknown, path: string, allowed: boolean): SeedCondition[] {
    if (value === undefined) return [];
    if (!allowed) {
      this.problem(path, 'only an EligibilityRule has conditions');
      return [];
    }
    const result: SeedCondition[] = [];
    this.list(value, path).forEach((raw, index) => {
      const at = `${path}[${index}]`;
      if (!isRecord(raw) || typeof raw.kind !== 'string' || typeof raw.text !== 'string') {
        this.problem(at, 'a condition needs "kind" and "text"');
        return;
      }
      for (const key of Object.keys(raw)) {
        if (!['kind', 'text', 'locator'].includes(key)) this.problem(`${at}.${key}`, 'unknown condition key');
      }
      if (!CONDITION_KINDS.has(raw.kind)) {
        this.problem(`${at}.kind`, `must be one of ${CONDITION_KINDS.values.join(', ')}`);
      } else if (raw.locator !== undefined && typeof raw.locator !== 'string') {
        this.problem(`${at}.locator`, 'must be a locator string');
      } else {
        result.push({ kind: raw.kind, text: raw.text, ...(raw.locator ? { locator: raw.locator as string } : {}) });
      }
    });
    return result;
  }

  private fail(path: string, reason: string): undefined {
    this.problem(path, reason);
    return undefined;
  }
}
