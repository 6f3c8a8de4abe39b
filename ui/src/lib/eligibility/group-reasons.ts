/**
 * An eligibility answer said once per reason: partners grouped by the reason (rule and quote) they share, the
 * conditions every partner shares once, the ones a group shares once, and each partner's own beside it. Pure.
 */

export interface ConditionLike {
  kind: string;
  text: string;
}

export interface ReasonLike {
  rule: { id: string; name: string; principle?: number | null };
  basis: string;
  activity: string;
  viaGroup?: { id: string; name: string } | null;
  viaClass?: { id: string; name: string } | null;
  assumption?: { description: string } | null;
  explanation: string;
  citation: { locator: string; quote: string };
}

export interface PartnerLike<C extends ConditionLike = ConditionLike, R extends ReasonLike = ReasonLike> {
  actor: { id: string; name: string };
  assumed: boolean;
  reasons: readonly R[];
  conditions: readonly C[];
}

/** How the partners of one route reach the rule: named by it, through a group, a class, an agreement. */
export interface Route<P> {
  key: string;
  /** In words, e.g. "member of European Economic Area"; "named in the provision". */
  label: string;
  partners: P[];
}

export interface ReasonGroup<P extends PartnerLike, R extends ReasonLike = P['reasons'][number]> {
  /** The rule id and its quote: one group per quote. */
  key: string;
  /** The first reason of the group: its rule, activity and citation stand for all of them. */
  reason: R;
  /** "Principle 3: Outreach with …" */
  title: string;
  routes: Route<P>[];
  partners: P[];
  /** Conditions every partner of the group has, beyond those every partner of the answer has. */
  shared: P['conditions'][number][];
  /** For each partner of the group (by actor id): its conditions beyond the common and the shared ones. */
  own: Map<string, P['conditions'][number][]>;
  /** The partner's own reason in this group (its explanation, its assumption), by actor id. */
  reasonOf: Map<string, R>;
}

export interface GroupedAnswer<P extends PartnerLike> {
  /** Conditions every partner has: said once, at the top (empty when there are no partners). */
  common: P['conditions'][number][];
  groups: ReasonGroup<P>[];
}

export const conditionKey = (c: ConditionLike): string => `${c.kind}\u0000${c.text}`;

export const ruleTitle = (rule: ReasonLike['rule']): string =>
  `${rule.principle ? `Principle ${rule.principle}: ` : ''}${rule.name}`;

const BASIS_WORDS: Record<string, string> = {
  NAMED: 'named in the provision',
  BY_KIND: 'of a kind the provision names',
  ASSUMPTION: 'through a what-if assumption',
};

export function routeOf(reason: ReasonLike): { key: string; label: string } {
  if (reason.viaGroup) return { key: `group:${reason.viaGroup.id}`, label: `member of ${reason.viaGroup.name}` };
  if (reason.viaClass) {
    const how = reason.basis === 'AGREEMENT' ? 'through a recorded agreement, one of' : 'one of';
    return { key: `class:${reason.basis}:${reason.viaClass.id}`, label: `${how} ${reason.viaClass.name}` };
  }
  return { key: `basis:${reason.basis}`, label: BASIS_WORDS[reason.basis] ?? reason.basis.toLowerCase() };
}

/** The conditions that every list has, in the order of the first list. */
export function sharedConditions<C extends ConditionLike>(lists: ReadonlyArray<readonly C[]>): C[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const keys = rest.map((list) => new Set(list.map(conditionKey)));
  const seen = new Set<string>();
  return first.filter((c) => {
    const key = conditionKey(c);
    if (seen.has(key) || !keys.every((k) => k.has(key))) return false;
    seen.add(key);
    return true;
  });
}

/** Groups an answer's partners by the reason they share; partners with several reasons appear in each group. */
export function groupAnswer<P extends PartnerLike>(partners: readonly P[]): GroupedAnswer<P> {
  type C = P['conditions'][number];
  type R = P['reasons'][number];
  type Member = { partner: P; reason: R };
  const common = sharedConditions(partners.map((p) => p.conditions as readonly C[]));
  const commonKeys = new Set(common.map(conditionKey));
  const byKey = new Map<string, { reason: R; members: Member[] }>();
  for (const partner of partners) {
    const keys = new Set<string>();
    for (const reason of partner.reasons as readonly R[]) {
      const key = `${reason.rule.id}\u0000${reason.citation.quote}`;
      if (keys.has(key)) continue;
      keys.add(key);
      const group = byKey.get(key) ?? { reason, members: [] };
      group.members.push({ partner, reason });
      byKey.set(key, group);
    }
  }
  const groups = [...byKey.entries()].map(([key, { reason, members }]): ReasonGroup<P> => {
    const groupPartners = members.map((m) => m.partner);
    const rest = (p: P) => (p.conditions as readonly C[]).filter((c) => !commonKeys.has(conditionKey(c)));
    const shared = groupPartners.length > 1 ? sharedConditions(groupPartners.map(rest)) : [];
    const sharedKeys = new Set(shared.map(conditionKey));
    const routes = new Map<string, Route<P>>();
    for (const { partner: p, reason: r } of members) {
      const { key: routeKey, label } = routeOf(r);
      const route = routes.get(routeKey) ?? { key: routeKey, label, partners: [] };
      route.partners.push(p);
      routes.set(routeKey, route);
    }
    return {
      key,
      reason,
      title: ruleTitle(reason.rule),
      routes: [...routes.values()],
      partners: groupPartners,
      shared,
      own: new Map(groupPartners.map((p) => [p.actor.id, rest(p).filter((c) => !sharedKeys.has(conditionKey(c)))])),
      reasonOf: new Map(members.map((m) => [m.partner.actor.id, m.reason])),
    };
  });
  // The largest groups first (the reason most partners share), then by title, so the order is stable.
  groups.sort((a, b) => b.partners.length - a.partners.length || a.title.localeCompare(b.title));
  return { common: partners.length > 0 ? common : [], groups };
}
