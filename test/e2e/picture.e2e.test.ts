/**
 * Issue 18: the picture an analyst reads, measured from the Cytoscape instance itself (positions, rendered
 * node boxes and label boxes), never from what the app says about itself. Screenshots of each state are left
 * in test/e2e/screenshots/ for people to look at.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindStyle } from '../../core/palette.js';
import { gql } from '../helpers/app.js';
import { chromiumAvailable } from '../helpers/browser.js';
import { intersects, labelOverlaps, labelsOnNodes, probe, smallNodes } from '../helpers/cy-probe.js';
import { SCREENSHOTS, serverLayoutsReady, useExplorerSession } from '../helpers/explorer-session.js';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
];

describe.runIf(chromiumAvailable())('the picture, read from Cytoscape', () => {
  const session = useExplorerSession();

  for (const viewport of SIZES) {
    it(`should be readable at fit at ${viewport.width}×${viewport.height}: no label over another, no label over a node, nodes at least 16 px, also one zoom step in`, async () => {
      await serverLayoutsReady(session.app);
      const page = await session.newPage('/', { viewport });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOTS, `18-fit-${viewport.width}.png`) });
      const atFit = await probe(page);
      // The graph has the width: below 1280 px the side panels are a collapsed rail (their toggle named by
      // its text), and the canvas takes nearly the whole window.
      if (viewport.width < 1280) {
        await expect
          .poll(() => page.getByRole('button', { name: 'Panels' }).getAttribute('aria-expanded'))
          .toBe('false');
        expect(atFit.width).toBeGreaterThan(viewport.width - 60);
      }
      const actors = atFit.nodes.filter((n) => n.actor);
      // "Shown": Cytoscape draws the label at this zoom (probe: label style, font size, opacity) and its box
      // lies inside the canvas.
      const shown = (p: typeof atFit, id: string) => {
        const label = p.nodes.find((n) => n.id === id)?.label;
        return !!label && label.x1 >= 0 && label.y1 >= 0 && label.x2 <= p.width && label.y2 <= p.height;
      };
      const unnamed = actors.filter((n) => !shown(atFit, n.id));
      console.log(
        `[fit ${viewport.width}] zoom ${atFit.zoom.toFixed(3)}, ${actors.length} actors, ${actors.length - unnamed.length} named, ` +
          `${labelOverlaps(atFit).length} label overlaps, ${labelsOnNodes(atFit).length} labels on nodes, ` +
          `node sizes ${Math.min(...atFit.nodes.map((n) => n.body.x2 - n.body.x1)).toFixed(1)}–${Math.max(...atFit.nodes.map((n) => n.body.x2 - n.body.x1)).toFixed(1)} px`,
      );
      expect(actors.length).toBeGreaterThan(80);
      expect(labelOverlaps(atFit)).toEqual([]);
      expect(labelsOnNodes(atFit)).toEqual([]);
      expect(smallNodes(atFit, 16)).toEqual([]);

      // The unlinked actors stand in labelled groups: a heading, drawn on the page over the canvas, names each
      // kind among them, and lies over no label, no node and no other heading.
      const headings = await page.evaluate(() => {
        const canvas = document.querySelector('[data-testid="graph-canvas"]')!;
        type Node = { degree(loops: boolean): number; data(key: string): string };
        const cy = (canvas as unknown as { _cyreg: { cy: { nodes(): { filter(f: (n: Node) => boolean): Node[] } } } })
          ._cyreg.cy;
        const origin = canvas.getBoundingClientRect();
        const kinds = new Set<string>(
          cy
            .nodes()
            .filter((n) => n.degree(false) === 0 && n.data('nodeLabel') === 'ACTOR')
            .map((n) => n.data('kind')),
        );
        const drawn = [...document.querySelectorAll('[data-testid="kind-heading"]')].map((el) => {
          const r = el.getBoundingClientRect();
          const box = {
            x1: r.left - origin.left,
            y1: r.top - origin.top,
            x2: r.right - origin.left,
            y2: r.bottom - origin.top,
          };
          return { text: el.textContent ?? '', kind: (el as HTMLElement).dataset.kind ?? '', box };
        });
        return { kinds: [...kinds].sort(), drawn };
      });
      expect(headings.kinds.length).toBeGreaterThan(5);
      expect([...new Set(headings.drawn.map((h) => h.kind))].sort()).toEqual(headings.kinds);
      for (const h of headings.drawn) {
        expect(h.text).toBe(kindStyle(h.kind).legend);
        expect(h.box.x1 >= 0 && h.box.y1 >= 0 && h.box.x2 <= atFit.width && h.box.y2 <= atFit.height, h.text).toBe(
          true,
        );
        const under = atFit.nodes.filter((n) => (n.label && intersects(h.box, n.label)) || intersects(h.box, n.body));
        expect(
          under.map((n) => n.name),
          h.text,
        ).toEqual([]);
        expect(headings.drawn.filter((o) => o !== h && intersects(h.box, o.box)).map((o) => o.text)).toEqual([]);
      }

      // The first zoom step (the toolbar's "+"), centred on each unnamed actor in turn: its name shows, and
      // still no label overlaps another.
      const missing: string[] = [];
      for (const actor of unnamed) {
        await page.evaluate(
          ({ id, zoom, pan }) => {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            const cy = (document.querySelector('[data-testid="graph-canvas"]') as any)._cyreg.cy;
            cy.viewport({ zoom, pan });
            const p = cy.getElementById(id).renderedPosition();
            cy.zoom({ level: zoom * 1.25, renderedPosition: p });
            // The canvas restyles and places its labels in the animation frame after a viewport change: probe
            // after two frames (a fixed 60 ms wait under load caught the old labels at the new zoom).
            return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
          },
          { id: actor.id, zoom: atFit.zoom, pan: atFit.pan },
        );
        await page.waitForTimeout(30);
        const stepped = await probe(page);
        expect(labelOverlaps(stepped)).toEqual([]);
        if (!shown(stepped, actor.id)) missing.push(actor.name);
      }
      console.log(
        `[fit ${viewport.width}] ${unnamed.length - missing.length} more actors named one step in; ${missing.length} not even then` +
          (missing.length > 0 ? `: ${missing.join(', ')}` : ''),
      );
      // Issue 18: every actor's name at fit or at the first zoom step (95 and 93 of 118 at fit at 1440 and 1024,
      // the rest one step in, with the server's label room; 110 and 106 before it made room for the step).
      expect(missing).toEqual([]);
      await page.close();
      // It steps in on every actor not named at fit, one probe each: minutes on a loaded machine.
    }, 180_000);
  }

  it('should show the type and the quoted citations of an edge clicked in the graph (ENISA → NATO)', async () => {
    const { data } = await gql<{
      actor: {
        relationships: {
          edges: Array<{
            node: { id: string; type: string; other: { id: string }; citations: Array<{ quote: string }> };
          }>;
        };
      };
    }>(
      session.app,
      '{ actor(id: "enisa") { relationships(first: 100) { edges { node { id type other { id } citations { quote } } } } } }',
    );
    const rel = data!.actor.relationships.edges.map((e) => e.node).find((r) => r.other.id === 'nato');
    expect(rel?.citations.length).toBeGreaterThan(0);
    const page = await session.newPage('/', { viewport: { width: 1440, height: 900 } });
    // Where a person can click the edge: points along it (from the middle outwards) where Cytoscape's own hit
    // test finds the edge and not a node drawn near it, offset into the canvas' page position.
    const spots = await page.evaluate((id) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const el = document.querySelector('[data-testid="graph-canvas"]') as any;
      const cy = el._cyreg.cy;
      const edge = cy.getElementById(id);
      if (edge.empty()) return [];
      const from = edge.source().renderedPosition();
      const to = edge.target().renderedPosition();
      const pan = cy.pan();
      const zoom = cy.zoom();
      const box = el.getBoundingClientRect();
      // First the middle of the edge as drawn (a curve when a parallel edge joins the same nodes: the
      // straight line between them then runs as near the other edge as this one), then along that line.
      const points = [
        edge.renderedMidpoint(),
        ...[0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75].map((t) => ({
          x: from.x + (to.x - from.x) * t,
          y: from.y + (to.y - from.y) * t,
        })),
      ];
      return points
        .filter(({ x, y }) => {
          const hit = cy.renderer().findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
          return hit?.id() === id;
        })
        .map(({ x, y }) => ({ x: box.left + x, y: box.top + y }));
    }, rel!.id);
    // The first spot where the pointer, once there, hovers this edge (hovering shows an edge's type as its
    // label, which may cover a crossing edge's middle).
    const hovered = () =>
      page.evaluate((id) => {
        const el = document.querySelector('[data-testid="graph-canvas"]') as unknown as {
          _cyreg: { cy: { getElementById(id: string): { hasClass(c: string): boolean } } };
        };
        return el._cyreg.cy.getElementById(id).hasClass('hover');
      }, rel!.id);
    let at: { x: number; y: number } | undefined;
    for (const spot of spots) {
      await page.mouse.move(spot.x, spot.y);
      if (await hovered()) {
        at = spot;
        break;
      }
    }
    expect(at).toBeDefined();
    await page.mouse.click(at!.x, at!.y);
    const panel = page.getByTestId('edge-details');
    await panel.waitFor({ timeout: 10_000 });
    const words = rel!.type.toLowerCase().replace(/_/g, ' ');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(words);
    await expect
      .poll(() => panel.locator('blockquote').first().textContent(), { timeout: 10_000 })
      .toBe(`“${rel!.citations[0]!.quote}”`);
    await expect.poll(() => panel.textContent()).toContain('NATO');
    await page.screenshot({ path: join(SCREENSHOTS, '18-edge-details.png') });
    await page.close();
  });
});

describe.runIf(chromiumAvailable())('the table view at 1024×768', () => {
  const session = useExplorerSession();

  it('should draw no panel over another: header, toolbar, both tables, side panel, legend', async () => {
    const page = await session.newPage('/', { viewport: { width: 1024, height: 768 } });
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('table', { name: 'Relationships on screen' }).waitFor();
    // Measured with the side panels as a collapsed rail (as the page opens at 1024) and open: the open panels
    // lie over the graph, never over the tables.
    const measure = () =>
      page.evaluate(() => {
        const panels: Record<string, Element | null> = {
          header: document.querySelector('header'),
          toolbar: document.querySelector('.toolbar'),
          nodes: document.querySelector('table[aria-label="Nodes on screen"]'),
          relationships: document.querySelector('table[aria-label="Relationships on screen"]'),
          side: document.querySelector('aside[aria-label="Panels"]'),
          'side panels open': document.querySelector('aside[aria-label="Panels"] .panels:not([hidden])'),
          legend: document.querySelector('.legend'),
        };
        // The part of each panel that is drawn: its box clipped by every scrolling ancestor.
        return Object.entries(panels).map(([name, el]) => {
          if (!el) return { name, box: null };
          const r = el.getBoundingClientRect();
          const box = { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
          for (let a = el.parentElement; a; a = a.parentElement) {
            const style = getComputedStyle(a);
            if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
            const c = a.getBoundingClientRect();
            box.x1 = Math.max(box.x1, c.left);
            box.y1 = Math.max(box.y1, c.top);
            box.x2 = Math.min(box.x2, c.right);
            box.y2 = Math.min(box.y2, c.bottom);
          }
          return { name, box };
        });
      });
    const crossings = (boxes: Awaited<ReturnType<typeof measure>>) => {
      const crossing: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.box && b.box && intersects(a.box, b.box, 0)) crossing.push(`${a.name} × ${b.name}`);
        }
      return crossing;
    };
    const rail = await measure();
    for (const { name, box } of rail) if (name !== 'side panels open') expect(box, name).not.toBeNull();
    expect(crossings(rail)).toEqual([]);
    const toggle = page.getByRole('button', { name: 'Panels' });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    const open = await measure();
    await page.screenshot({ path: join(SCREENSHOTS, '18-table-1024.png') });
    expect(open.find((b) => b.name === 'side panels open')?.box).not.toBeNull();
    // 'side' holds 'side panels open': their boxes meet by construction, not a crossing.
    expect(crossings(open).filter((c) => c !== 'side × side panels open')).toEqual([]);
    // Every column of the relationships table, Citations included, is inside the window.
    const right = await page
      .getByRole('table', { name: 'Relationships on screen' })
      .locator('thead th')
      .last()
      .evaluate((th) => th.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(1024);
    await page.close();
  });
});
