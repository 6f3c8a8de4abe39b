// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Eligibility } from '../../../../ui/src/lib/api/eligibility.js';
import EligibilityResult from '../../../../ui/src/lib/components/EligibilityResult.svelte';
import Legend from '../../../../ui/src/lib/components/Legend.svelte';
import type { SearchQuery } from '../../../../ui/src/lib/api/generated/graphql.js';
import SearchBox from '../../../../ui/src/lib/components/SearchBox.svelte';
import SourceView from '../../../../ui/src/lib/components/SourceView.svelte';
import TableView from '../../../../ui/src/lib/components/TableView.svelte';
import Toolbar from '../../../../ui/src/lib/components/Toolbar.svelte';
import { edge, fakeApi, node, type FakeApi } from '../fake-api.js';

let api: FakeApi | undefined;
afterEach(() => api?.restore());

const citation = {
  document: { id: 'enisa-2021', name: 'International Strategy' },
  locator: 'principle 3',
  quote: 'the EEA',
};

const result: Eligibility = {
  question: 'Outreach under SO4.4',
  assumptions: [],
  partners: [
    {
      actor: { id: 'iceland', name: 'Iceland', kind: 'THIRD_COUNTRY' },
      assumed: false,
      reasons: [
        {
          rule: { id: 'r3', name: 'Outreach to the EEA', principle: 3 },
          activity: 'cooperate',
          basis: 'GROUP_MEMBER',
          viaGroup: { id: 'eea', name: 'European Economic Area', kind: 'COUNTRY_GROUP' },
          viaClass: null,
          assumption: null,
          citation,
          explanation: 'Iceland belongs to European Economic Area, which the provision names',
        },
      ],
      conditions: [{ kind: 'EB_NOTIFICATION', text: 'notify the Executive Board', citation: null }],
    },
    { actor: { id: 'japan', name: 'Japan', kind: 'THIRD_COUNTRY' }, assumed: true, reasons: [], conditions: [] },
  ],
  classes: [
    {
      class: {
        id: 'c',
        name: 'Third countries with specific EU agreements',
        description: '',
        filledBy: 'SPECIFIC_EU_AGREEMENT',
      },
      members: [],
      conditions: [],
    },
  ],
  activities: [],
  excluded: [],
  generalConditions: [],
};

describe('EligibilityResult', () => {
  it('should list partners with reasons, mark assumed ones and label empty classes', () => {
    render(EligibilityResult, { result, onSelect: vi.fn(), onSource: vi.fn() });
    const partners = screen.getByRole('list', { name: 'Eligible partners' });
    expect(within(partners).getByText('Iceland')).toBeInTheDocument();
    const reasons = screen.getByRole('article', { name: 'Principle 3: Outreach to the EEA' });
    expect(reasons).toHaveTextContent('member of European Economic Area: Iceland');
    expect(reasons).toHaveTextContent('“the EEA”');
    expect(screen.getByRole('list', { name: 'Conditions of Iceland' })).toHaveTextContent('notify the Executive Board');
    const japan = within(partners).getByText('Japan').closest('li')!;
    expect(within(japan).getByText('assumed')).toBeInTheDocument();
    expect(screen.getByText('no members yet')).toBeInTheDocument();
  });

  it('should open a citation in its source', async () => {
    const onSource = vi.fn();
    render(EligibilityResult, { result, onSelect: vi.fn(), onSource });
    await fireEvent.click(screen.getAllByRole('button', { name: 'Show in source' })[0]!);
    expect(onSource).toHaveBeenCalledWith(expect.objectContaining({ locator: 'principle 3' }));
  });
});

describe('SearchBox', () => {
  it('should suggest full-text hits and pick one with the keyboard', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    api = fakeApi({
      'search(': (): SearchQuery => ({
        search: {
          edges: [
            {
              node: {
                score: 116,
                field: 'NAME',
                matched: 'ENISA',
                entity: { id: 'enisa', label: 'ACTOR', name: 'ENISA', kind: 'EU_AGENCY' },
              },
            },
            {
              node: {
                score: 21,
                field: 'NAME',
                matched: 'ENISA Executive Board',
                entity: { id: 'eb', label: 'ACTOR', name: 'ENISA Executive Board', kind: 'GOVERNANCE_BODY' },
              },
            },
          ],
        },
      }),
    });
    const onPick = vi.fn();
    render(SearchBox, { onPick });
    const input = screen.getByRole('combobox', { name: 'Search' });
    await fireEvent.input(input, { target: { value: 'enisa' } });
    await vi.advanceTimersByTimeAsync(300);
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(api.calls[0]!.variables).toMatchObject({ text: 'enisa' });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', 'search-hit-1');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 'eb' }));
    vi.useRealTimers();
  });
});

describe('SourceView', () => {
  it('should show the section around the provision and mark the quote', () => {
    render(SourceView, {
      source: { document: citation.document, locator: 'principle 3', quote: 'the EEA' },
      provisions: [
        { id: 'p2', locator: 'principle 2', title: null, text: 'Before.', document: citation.document },
        {
          id: 'p3',
          locator: 'principle 3',
          title: null,
          text: 'ENISA will work with the EEA countries.',
          document: citation.document,
        },
      ],
      state: 'ready',
      error: null,
      onClose: vi.fn(),
    });
    expect(screen.getByText('the EEA', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('Before.')).toBeInTheDocument();
    expect(document.querySelector('[aria-current="true"]')).toHaveTextContent('principle 3');
  });
});

const cite = (locator: string) => ({
  kind: 'QUOTE',
  locator,
  quote: `quote of ${locator}`,
  document: {
    id: 'enisa-international-strategy-2021',
    name: 'International Strategy of the EU Agency for Cybersecurity',
  },
});

describe('TableView and Legend', () => {
  const graph = {
    nodes: [
      node('enisa', 'eu-agency'),
      node('oecd', 'international-organisation'),
      node('rule', null, 'EligibilityRule'),
    ],
    edges: [edge('enisa', 'COOPERATES_WITH', 'oecd')],
    total: 3,
    truncated: false,
  };

  it('should list what is on screen with kinds, types and citation counts', async () => {
    api = fakeApi({
      TableCitations: () => ({
        network: { edges: [{ id: 'enisa|COOPERATES_WITH|oecd', citations: [cite('4.4'), cite('4.5')] }] },
        actors: {
          edges: [{ node: { id: 'enisa', citations: [cite('1.1')] } }],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      }),
    });
    const onSelect = vi.fn();
    render(TableView, { graph, highlighted: new Set(['oecd']), selected: null, onSelect });
    const nodes = screen.getByRole('table', { name: 'Nodes on screen' });
    expect(within(nodes).getAllByRole('row')).toHaveLength(4);
    expect(nodes).toHaveTextContent('EU agency');
    expect(within(nodes).getAllByRole('row')[1]).toHaveTextContent('highlighted');
    const edges = screen.getByRole('table', { name: 'Relationships on screen' });
    expect(edges).toHaveTextContent('cooperates with');
    // The citations: document and locator, the quotes on demand.
    await vi.waitFor(() => expect(within(edges).getAllByRole('row')[1]).toHaveTextContent('ENISA strategy 2021, 4.5'));
    await fireEvent.click(within(edges).getByRole('button', { name: 'Show 2 quotes' }));
    expect(within(edges).getAllByRole('row')[1]).toHaveTextContent('quote of 4.4');
    await fireEvent.click(within(nodes).getByRole('button', { name: 'Enisa' }));
    expect(onSelect).toHaveBeenCalledWith('enisa');
  });

  it('should explain every kind and relationship family on screen', async () => {
    render(Legend, { kinds: ['EU_AGENCY', 'ELIGIBILITY_RULE'], families: ['structure'] });
    expect(screen.getByText('EU agency')).toBeInTheDocument();
    expect(screen.getByText('Eligibility rule')).toBeInTheDocument();
    expect(screen.getByText('Membership, part of')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: /Legend/ }));
    expect(screen.queryByText('EU agency')).not.toBeInTheDocument();
  });

  it('should switch between the actor network and the whole model, saying which is drawn', async () => {
    const onScope = vi.fn();
    const noop = () => {};
    const { rerender } = render(Toolbar, {
      layout: 'fcose',
      view: 'graph',
      scope: 'actors',
      webgl: false,
      focusName: null,
      depth: 1,
      canUndo: false,
      canRedo: false,
      hiddenCount: 0,
      onLayout: noop,
      onView: noop,
      onScope,
      onWebgl: noop,
      follow: true,
      onFollow: noop,
      onFit: noop,
      onZoom: noop,
      onUndo: noop,
      onRedo: noop,
      onWhole: noop,
      onDepth: noop,
      onShowHidden: noop,
    });
    const show = screen.getByRole('group', { name: 'Show' });
    expect(within(show).getByRole('button', { name: 'Actors' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(show).getByRole('button', { name: 'Whole model' })).toHaveAttribute('aria-pressed', 'false');
    await fireEvent.click(within(show).getByRole('button', { name: 'Whole model' }));
    expect(onScope).toHaveBeenCalledWith('model');
    // In a focus view neither scope is what is drawn.
    await rerender({ focusName: 'ENISA' });
    expect(within(show).getByRole('button', { name: 'Actors' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(show).getByRole('button', { name: 'Whole model' })).toHaveAttribute('aria-pressed', 'false');
  });
});
