/**
 * The page's state in one place: the stores of each area, the view settings, what is on screen (a pure
 * composeView of them) and its decorations, and the URL state in and out.
 */
import { loadFonts } from '../fonts';
import type { LayoutName } from '../../../../core/graph/layouts.js';
import type { Scope } from '../../../../core/graph/scope.js';
import { decorationsFor, keptIds } from '../graph/highlight';
import { isActorNode, type Decorations } from '../../../../core/graph/to-elements.js';
import type { GraphData } from '../../../../core/graph/types.js';
import { composeView } from '../graph/view';
import { changedPositions, type Placement } from '../graph/placement';
import type { NodePosition } from '../../../../core/graph/types.js';
import type { Camera, Lens, PlacedNode, Tab, UrlState } from '../state/url-state';
import { toSet } from '../util/collections';
import { DetailsStore } from './details.svelte';
import { EdgeDetailsStore } from './edge-details.svelte';
import { EligibilityStore } from './eligibility.svelte';
import { ExploreStore } from './explore.svelte';
import { FiltersStore } from './filters.svelte';
import { NetworkStore } from './network.svelte';
import { IncidentStore, PathStore } from './questions.svelte';
import { AnalysisStore } from './analysis.svelte';
import { ruleStyles, type RuleStyles } from '../analysis/rule-styles';

/** Above this many elements the WebGL renderer is used unless the analyst says otherwise. */
export const WEBGL_THRESHOLD = 2000;

export class Explorer {
  network = new NetworkStore();
  explore = new ExploreStore();
  filters = new FiltersStore();
  eligibility = new EligibilityStore();
  details = new DetailsStore();
  edgeDetails = new EdgeDetailsStore();
  paths = new PathStore();
  incident = new IncidentStore();
  /** Network measures, styling rules and named views, of the view on screen. */
  analysis: AnalysisStore = new AnalysisStore(() => this.displayed);

  layout = $state<LayoutName>('fcose');
  /** The whole-network view: the actor network (first view) or the whole model. */
  scope = $state<Scope>('actors');
  tab = $state<Tab>('details');
  view = $state<'graph' | 'table'>('graph');
  webgl = $state<boolean | null>(null);
  selected = $state<string | null>(null);
  /** Whether a node selected from outside the canvas (search, table, lists) is centred (the toolbar's Follow). */
  follow = $state(true);
  /** The last node to centre, numbered so that selecting the same node again centres it again. */
  centreRequest = $state.raw<{ id: string; n: number } | null>(null);
  /** True until the view the URL asks for (focus, filters, questions) has been fetched. */
  booting = $state(true);
  /** Problems with the URL the page was opened with. */
  problems = $state<string[]>([]);

  /** Where the canvas drew the scene and its camera (null before its first layout). */
  placement = $state.raw<Placement | null>(null);
  /** The positions and camera the page was opened with: the canvas applies them to its first layout. */
  restore = $state.raw<{ positions: PlacedNode[]; camera: Camera | null } | null>(null);

  /** Where the first layout puts each node: the server's layout of the whole network; none in a focus view. */
  defaultPositions: NodePosition[] | null = $derived(
    this.explore.focus
      ? null
      : ((this.scope === 'actors' ? this.network.graph?.actorLayout : this.network.graph?.layout) ?? null),
  );

  /** Which answer the graph highlights: the last question asked (eligibility, paths or incident). */
  lens = $state<Lens>(null);

  openTab(tab: Tab): void {
    this.tab = tab;
    if (tab === 'eligibility' || tab === 'paths' || tab === 'incidents') this.lens = tab;
  }

  decorations: Decorations = $derived(
    decorationsFor({
      lens: this.lens,
      focus: this.explore.focus,
      partners: this.eligibility.result ? (this.eligibility.graphDiff?.partners ?? this.eligibility.partnerIds) : null,
      assumed: this.eligibility.assumedIds,
      changes: this.eligibility.graphDiff?.changes ?? null,
      path: this.paths.result,
      responders: this.incident.responders.map((r) => ({ id: r.actor.id, order: r.order })),
      incidentType: this.incident.incidentType?.id ?? null,
    }),
  );

  displayed: GraphData | null = $derived.by(() => {
    const network = this.network.graph;
    if (!network) return null;
    const keep = keptIds(this.decorations);
    return composeView({
      network,
      local: this.explore.local,
      extras: [
        ...(this.lens === 'paths' && this.paths.result ? [this.paths.result] : []),
        ...(this.explore.added ? [this.explore.added] : []),
      ],
      extraIds: keep,
      hidden: this.explore.hidden,
      kinds: this.filters.kinds,
      allowed: this.filters.allowed,
      relationTypes: this.filters.relationTypes,
      keep,
      scope: this.scope,
    });
  });

  /**
   * What the styling rules do to each node on screen, and their legend. The measures are computed only when a
   * size rule reads them.
   */
  ruleStyles: RuleStyles = $derived.by(() => {
    const rules = this.analysis.rules;
    const nodes = (this.displayed?.nodes ?? []).map((n) => ({ id: n.id, actor: isActorNode(n) }));
    return ruleStyles(nodes, rules, rules.size ? this.analysis.measures : null, this.analysis.memberships);
  });

  useWebgl = $derived(
    this.webgl ?? (this.network.graph?.nodes.length ?? 0) + (this.network.graph?.edges.length ?? 0) > WEBGL_THRESHOLD,
  );

  /**
   * Selects a node (null: nothing) and loads its details. `centre`: the analyst picked it outside the canvas
   * (search, table, a list), so the canvas brings it to the middle of what is visible, unless Follow is off.
   */
  select(id: string | null, centre = false): void {
    this.selected = id;
    if (id && centre && this.follow) this.centreRequest = { id, n: (this.centreRequest?.n ?? 0) + 1 };
    if (this.edgeDetails.edge) void this.edgeDetails.load(null, () => false);
    const node = id ? this.network.graph?.nodes.find((n) => n.id === id) : undefined;
    void this.details.load(id, node ? isActorNode(node) : false);
  }

  /** A relationship clicked in the graph: its details (type, ends, citations) open in the Details tab. */
  selectEdge(id: string | null): void {
    const edge = id ? (this.displayed?.edges.find((e) => e.id === id) ?? null) : null;
    const nodes = [...(this.network.graph?.nodes ?? []), ...(this.explore.local?.nodes ?? [])];
    this.selected = null;
    void this.details.load(null, false);
    void this.edgeDetails.load(edge, (nodeId) => {
      const node = nodes.find((n) => n.id === nodeId);
      return node ? isActorNode(node) : false;
    });
    if (edge) this.openTab('details');
  }

  get urlState(): UrlState {
    return {
      focus: this.explore.focus,
      depth: this.explore.depth,
      expanded: this.explore.expanded,
      hidden: this.explore.hidden,
      scope: this.scope,
      kinds: this.filters.kinds,
      pillar: this.filters.pillar,
      document: this.filters.document,
      relationTypes: this.filters.relationTypes,
      layout: this.layout,
      tab: this.tab,
      lens: this.lens,
      objective: this.eligibility.objective,
      approach: this.eligibility.approach,
      assume: this.eligibility.assume,
      pathFrom: this.paths.from,
      pathTo: this.paths.to,
      incident: this.incident.kind,
      selected: this.selected,
      view: this.view,
      webgl: this.webgl,
      follow: this.follow,
      positions: this.placement
        ? changedPositions(this.placement.positions, this.defaultPositions)
        : (this.restore?.positions ?? []),
      camera: this.placement ? (this.placement.fitted ? null : this.placement.camera) : (this.restore?.camera ?? null),
      style: this.analysis.rules,
    };
  }

  /** Sets everything from a decoded URL and asks the API for what it needs. */
  async start(state: UrlState, problems: string[]): Promise<void> {
    this.problems = problems;
    this.layout = state.layout;
    this.scope = state.scope;
    this.tab = state.tab;
    this.lens =
      state.lens ??
      (state.tab === 'eligibility' || state.tab === 'paths' || state.tab === 'incidents' ? state.tab : null);
    this.view = state.view;
    this.webgl = state.webgl;
    this.follow = state.follow;
    this.analysis.setRules(state.style);
    this.analysis.loadViews();
    this.filters.kinds = state.kinds;
    this.filters.pillar = state.pillar;
    this.filters.document = state.document;
    this.filters.relationTypes = state.relationTypes;
    this.explore.relationTypes = state.relationTypes;
    this.eligibility.objective = state.objective;
    this.eligibility.approach = state.approach;
    this.eligibility.assume = state.assume;
    this.paths.from = state.pathFrom;
    this.paths.to = state.pathTo;
    this.incident.kind = state.incident;
    this.restore =
      state.positions.length > 0 || state.camera ? { positions: state.positions, camera: state.camera } : null;
    this.booting = true;
    // The font loads while the network query is answered (the canvas must not measure a label before it).
    const fonts = loadFonts();
    await this.network.load();
    void this.eligibility.loadQuestions();
    void this.incident.loadTypes();
    void this.filters.loadDocuments();
    if (this.network.state !== 'ready') {
      this.booting = false;
      return;
    }
    // The canvas measures its labels when it is created: in the shipped font, not in a fallback (the labels'
    // own characters too, should one be of a script loadFonts does not load by default).
    await fonts;
    await loadFonts(this.network.graph!.nodes.map((n) => n.name ?? n.id).join(''));
    const known = toSet(this.network.graph!.nodes.map((n) => n.id));
    const unknown = (id: string | null, what: string) => {
      if (id && !known.has(id)) this.problems = [...this.problems, `Ignored ${what} "${id}": there is no such node.`];
      return id && known.has(id) ? id : null;
    };
    this.explore.focus = unknown(state.focus, 'focus');
    this.explore.depth = state.depth;
    this.explore.expanded = state.expanded.filter((id) => known.has(id));
    this.explore.hidden = state.hidden.filter((id) => known.has(id));
    this.paths.from = unknown(state.pathFrom, 'path start');
    this.paths.to = unknown(state.pathTo, 'path end');
    const assume = state.assume.filter((a) => known.has(a.actor));
    if (assume.length < state.assume.length)
      this.problems = [...this.problems, 'Ignored assumptions on unknown actors.'];
    this.eligibility.assume = assume;
    await Promise.all([
      this.explore.refresh(),
      this.filters.refreshAllowed(),
      this.eligibility.run(),
      this.paths.run(),
      this.incident.run(),
    ]);
    this.booting = false;
    if (state.selected) this.select(unknown(state.selected, 'selection'));
  }
}
