/** Shapes of the seed files (see seed/README.md) after parsing. */
export interface SeedCitation {
  document: string;
  locator?: string;
  quote?: string;
  note?: string;
  /** The force of the statement the quote makes (schema.ts MODALITIES); relationships and actions only. */
  modality?: string;
  /** The verbatim words that carry the modality ("The Commission will", "will seek closer cooperation with"). */
  verbPhrase?: string;
  /** Reference citations only: the stored page text around the quote, kept so that a test can check the quote. */
  excerpt?: string;
}

/** A condition of an EligibilityRule: verbatim text, at the rule's first locator unless it names its own. */
export interface SeedCondition {
  kind: string;
  text: string;
  locator?: string;
}

export type PropertyValue = string | number | boolean | string[] | number[];

export interface SeedNode {
  id: string;
  label: string;
  citations: SeedCitation[];
  properties: Record<string, PropertyValue>;
  /** Conditions of an EligibilityRule, kept structured until import. */
  conditions: SeedCondition[];
  files: string[];
}

export interface SeedRelationship {
  from: string;
  type: string;
  to: string;
  citations: SeedCitation[];
  properties: Record<string, PropertyValue>;
  file: string;
}

export interface SeedProblem {
  file: string;
  path: string;
  reason: string;
}

export interface SeedGraph {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}
