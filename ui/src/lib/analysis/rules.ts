/**
 * Styling rules, in the spirit of Bloom's rule-based styles and Kumu's decorators: "colour by document",
 * "size by betweenness". A view has at most one rule per aspect (a new colour rule replaces the old one). Pure:
 * parsing the analyst's words, the link's form (`style=colour-by-document,size-by-betweenness`) and back.
 */

export const COLOUR_BY = ['kind', 'document', 'pillar'] as const;
export const SIZE_BY = ['degree', 'betweenness', 'closeness'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];
export type SizeBy = (typeof SIZE_BY)[number];

export type StyleRule = { aspect: 'colour'; by: ColourBy } | { aspect: 'size'; by: SizeBy };

export interface StyleRules {
  /** null: the default, colour by kind. */
  colour: ColourBy | null;
  /** null: the default, size by the number of links (as the first view draws it). */
  size: SizeBy | null;
}

export const NO_RULES: StyleRules = { colour: null, size: null };

/** What each rule's attribute is, in words (the rules list and the legend). */
export const RULE_WORDS: Record<ColourBy | SizeBy, string> = {
  kind: 'kind of node',
  document: 'the strategy that cites it',
  pillar: 'pillar of the 2013 strategy',
  degree: 'degree (links in this view)',
  betweenness: 'betweenness (bridges between parts of this view)',
  closeness: 'closeness (how near it is to every other node)',
};

/** Every rule, as the analyst writes it: the suggestions of the rule field. */
export const RULE_SUGGESTIONS: string[] = [
  ...COLOUR_BY.map((by) => `colour by ${by}`),
  ...SIZE_BY.map((by) => `size by ${by}`),
];

export class InvalidRule extends Error {}

const isColourBy = (v: string): v is ColourBy => (COLOUR_BY as readonly string[]).includes(v);
const isSizeBy = (v: string): v is SizeBy => (SIZE_BY as readonly string[]).includes(v);

/**
 * A rule in the analyst's words: "colour by document", "Color by pillar", "size by betweenness",
 * "size-by-degree". Throws InvalidRule with what can be written instead.
 */
export function parseRule(text: string): StyleRule {
  const words = text
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const [aspect, by, attribute, ...rest] = words;
  const valid = `write one of: ${RULE_SUGGESTIONS.join('; ')}`;
  if (words.length === 0) throw new InvalidRule(`The rule is empty: ${valid}.`);
  if (by !== 'by' || !attribute || rest.length > 0)
    throw new InvalidRule(`"${text.trim().slice(0, 60)}" is not a rule: ${valid}.`);
  if (aspect === 'colour' || aspect === 'color') {
    if (isColourBy(attribute)) return { aspect: 'colour', by: attribute };
    throw new InvalidRule(`Colour can go by ${COLOUR_BY.join(', ')}; not by "${attribute.slice(0, 40)}".`);
  }
  if (aspect === 'size') {
    if (isSizeBy(attribute)) return { aspect: 'size', by: attribute };
    throw new InvalidRule(`Size can go by ${SIZE_BY.join(', ')}; not by "${attribute.slice(0, 40)}".`);
  }
  throw new InvalidRule(`A rule starts with "colour by" or "size by": ${valid}.`);
}

/** The rules with one more: it replaces the rule of the same aspect. */
export function withRule(rules: StyleRules, rule: StyleRule): StyleRules {
  return rule.aspect === 'colour' ? { ...rules, colour: rule.by } : { ...rules, size: rule.by };
}

/** The rules as a list, colour first (what the panel lists and the link writes). */
export function ruleList(rules: StyleRules): StyleRule[] {
  return [
    ...(rules.colour ? [{ aspect: 'colour' as const, by: rules.colour }] : []),
    ...(rules.size ? [{ aspect: 'size' as const, by: rules.size }] : []),
  ];
}

export const ruleText = (rule: StyleRule): string => `${rule.aspect} by ${rule.by}`;

/** The link's form: `colour-by-document,size-by-betweenness`; empty for no rules. */
export function encodeRules(rules: StyleRules): string {
  return ruleList(rules)
    .map((rule) => ruleText(rule).replace(/ /g, '-'))
    .join(',');
}

/** The link's form back to rules: the good items kept, the others returned to be reported. */
export function decodeRules(value: string): { rules: StyleRules; ignored: string[] } {
  let rules = NO_RULES;
  const ignored: string[] = [];
  for (const item of value.split(',').filter(Boolean)) {
    try {
      rules = withRule(rules, parseRule(item));
    } catch {
      ignored.push(item);
    }
  }
  return { rules, ignored };
}
