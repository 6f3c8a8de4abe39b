// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../../ui/src/lib/api/eligibility.js';
import ExportMenu from '../../../../ui/src/lib/components/ExportMenu.svelte';
import { node } from '../fake-api.js';

const graph = { nodes: [node('enisa', 'eu-agency'), node('japan')], edges: [], total: 2, truncated: false };
const partner: Partner = {
  actor: { id: 'japan', name: 'Japan', kind: 'THIRD_COUNTRY' },
  assumed: true,
  reasons: [],
  conditions: [],
};

const props = (overrides: Record<string, unknown> = {}) => ({
  core: () => undefined,
  graph,
  highlighted: new Set<string>(),
  tableFilter: '',
  tableSort: { nodes: null, edges: null },
  dataVersion: 'seed-1',
  question: null,
  title: 'The cybersecurity actor ecosystem',
  briefing: null,
  partners: null,
  ...overrides,
});

async function open(): Promise<HTMLElement> {
  const details = document.querySelector('details.export') as HTMLDetailsElement;
  details.open = true;
  await fireEvent(details, new Event('toggle'));
  return screen.getByRole('group', { name: 'Export' });
}

describe('ExportMenu', () => {
  it('should offer the view and the data, with a labelled PNG resolution, and no briefing without a question', async () => {
    render(ExportMenu, props());
    const menu = await open();
    expect(within(menu).getByLabelText('PNG resolution')).toBeInTheDocument();
    expect(
      within(menu)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1× — picture size', '2× — picture size', '4× — picture size']);
    for (const name of ['PNG', 'SVG (vector)', 'Elements (JSON)', 'Nodes table (CSV)', 'Relationships table (CSV)'])
      expect(within(menu).getByRole('button', { name })).toBeInTheDocument();
    expect(within(menu).queryByRole('button', { name: 'Partners (CSV)' })).toBeNull();
    expect(within(menu).queryAllByRole('link')).toHaveLength(0);
  });

  it('should link to the briefing of the eligibility question, with its assumptions, and offer the partners', async () => {
    render(
      ExportMenu,
      props({
        briefing: {
          objective: 'SO4.4',
          approach: 'OUTREACH',
          assume: [{ kind: 'SPECIFIC_EU_AGREEMENT', actor: 'japan' }],
        },
        partners: [partner],
      }),
    );
    const menu = await open();
    expect(within(menu).getByRole('button', { name: 'Partners (CSV)' })).toBeInTheDocument();
    expect(within(menu).getByText('SO4.4, outreach, 1 assumption')).toBeInTheDocument();
    const links = within(menu).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Briefing (HTML)', 'Briefing (PDF)', 'Briefing diagram (SVG)']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      ['html', 'pdf', 'svg'].map(
        (f) => `/briefing?objective=SO4.4&approach=outreach&assume=specific-eu-agreement:japan&format=${f}`,
      ),
    );
    expect(links.every((a) => /^explorer-briefing-so4\.4-outreach/.test(a.getAttribute('download') ?? ''))).toBe(true);
  });

  it('should close on Escape and say so when the graph is not drawn yet', async () => {
    render(ExportMenu, props());
    const menu = await open();
    await fireEvent.click(within(menu).getByRole('button', { name: 'PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('PNG could not be exported: the graph is not drawn yet');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect((document.querySelector('details.export') as HTMLDetailsElement).open).toBe(false);
  });
});
