/**
 * An analyst's questions in a real Chromium against the real API and Neo4j: search and details, the
 * eligibility explorer with a what-if, the path finder, a shared link, the incident view, and the
 * eligibility explorer by keyboard alone. Each step leaves a screenshot in test/e2e/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, chromiumAvailable, tabTo } from '../helpers/browser.js';
import { SCREENSHOTS, useExplorerSession } from '../helpers/explorer-session.js';

const README_PICTURE = join(import.meta.dirname, '..', '..', 'ui', 'docs', 'screenshot.png');
/** Answers can take a few seconds on a cold database. */
const WAIT = { timeout: 15_000 };

describe.runIf(chromiumAvailable())('an analyst in the explorer', () => {
  // A cold database plans each query the first time: warm the ones the page asks first.
  const session = useExplorerSession(
    '{ network(limit: 2000) { nodes { id } } actor(id: "enisa") { relationships { edges { node { id } } } provisions { edges { node { id } } } } }',
  );
  const newPage = (path = '/'): Promise<Page> => session.newPage(path);

  const askOutreachSo44 = async (page: Page) => {
    await page.getByRole('tab', { name: /Eligibility explorer/ }).click();
    await page.getByLabel('Strategic objective').selectOption('SO4_4');
    await page.getByRole('radio', { name: 'Outreach' }).check();
    await page.getByRole('button', { name: 'Show eligible partners' }).click();
    await expect
      .poll(async () => (await canvasState(page)).highlighted, WAIT)
      .toEqual(expect.arrayContaining(['iceland', 'liechtenstein', 'norway']));
  };

  it('should find ENISA by search and show its relationships with their quotes and sources', async () => {
    const page = await newPage();
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('ENISA');
    await page.getByRole('option', { name: /^ENISA EU agency/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, '02-search.png') });
    await search.press('Enter');
    await page.getByRole('heading', { name: 'ENISA', level: 2 }).waitFor();
    expect((await canvasState(page)).selected).toBe('enisa');
    await page.getByRole('heading', { name: /^Relationships \(\d+\)/ }).waitFor();
    const quotes = page.locator('.details blockquote');
    expect(await quotes.count()).toBeGreaterThan(5);
    expect(await quotes.first().isVisible()).toBe(true);
    expect(await page.locator('.details').textContent()).toMatch(
      /International Strategy of the EU Agency for Cybersecurity/,
    );
    await page.screenshot({ path: join(SCREENSHOTS, '03-details.png') });
    await page.getByRole('button', { name: 'Show in source' }).first().click();
    await page.getByRole('heading', { name: /^Source:/ }).waitFor();
    await page.locator('.source li[aria-current="true"]').waitFor();
    expect(await page.locator('.source mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, '04-source.png') });
    await page.close();
  });

  it('should highlight the SO4.4 outreach partners with their reasons, and the United States as assumed under a what-if', async () => {
    const page = await newPage();
    await askOutreachSo44(page);
    const partners = page.getByRole('list', { name: 'Eligible partners' });
    // Issue 19: the partners are listed by name; their reasons are grouped, each quote once.
    const principle3 = page.getByRole('article', { name: /^Principle 3:/ });
    expect(await principle3.textContent()).toMatch(/member of European Economic Area: Iceland, Liechtenstein, Norway/);
    expect(await page.getByText('no members yet').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, '05-eligibility.png') });

    // Since issue 21 Japan and Canada qualify through their recorded agreements; the what-if is about the United States.
    expect(await partners.textContent()).toMatch(/Japan/);
    await page.getByLabel('Actor', { exact: true }).first().selectOption('united-states');
    await page.getByLabel('Assume it').selectOption('SPECIFIC_EU_AGREEMENT');
    await page.getByRole('button', { name: 'Add assumption' }).click();
    await expect.poll(async () => (await canvasState(page)).assumed, WAIT).toContain('united-states');
    await expect.poll(async () => (await canvasState(page)).highlighted, WAIT).toContain('united-states');
    const us = partners.locator('li.partner', { hasText: 'United States' });
    await us.waitFor();
    expect(await us.locator('.badge.assumed').first().textContent()).toBe('assumed');
    expect(await page.getByRole('list', { name: 'Assumptions in force' }).textContent()).toMatch(/United States/);
    await page.screenshot({ path: join(SCREENSHOTS, '06-what-if.png') });
    if (process.env.UPDATE_README_SCREENSHOT) await page.screenshot({ path: README_PICTURE });

    // Issue 19: whyNot has its own view in the eligibility panel.
    await page.getByRole('button', { name: 'Why (not)?', exact: true }).click();
    await page.getByLabel('Actor', { exact: true }).last().selectOption('united-states');
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('list', { name: 'Rules checked' }).waitFor();
    expect(await page.locator('.whynot .summary').textContent()).toMatch(/United States/);
    await page.close();
  });

  it('should find and highlight the paths from Japan to ENISA', async () => {
    const page = await newPage();
    await page.getByRole('tab', { name: 'Paths' }).click();
    await page.getByLabel('From').selectOption('japan');
    await page.getByLabel('To').selectOption('enisa');
    await page.getByRole('button', { name: 'Find paths' }).click();
    await page.getByRole('list', { name: 'Paths found' }).waitFor();
    const { highlighted } = await canvasState(page);
    expect(highlighted).toEqual(expect.arrayContaining(['japan', 'enisa']));
    expect(await page.getByRole('list', { name: 'Paths found' }).textContent()).toMatch(/Japan.*→.*ENISA/);
    await page.screenshot({ path: join(SCREENSHOTS, '07-path.png') });
    await page.close();
  });

  it('should give the same view when a shared link is opened again', async () => {
    const page = await newPage();
    await askOutreachSo44(page);
    await page.getByLabel('Actor', { exact: true }).first().selectOption('united-states');
    await page.getByRole('button', { name: 'Add assumption' }).click();
    await expect.poll(async () => (await canvasState(page)).assumed, WAIT).toContain('united-states');
    await page.getByLabel('Layout').selectOption('concentric');
    await expect.poll(async () => (await canvasState(page)).layout, WAIT).toBe('concentric');
    const before = await canvasState(page);
    const url = page.url();
    expect(url).toMatch(/objective=SO4.4/);
    expect(url).toMatch(/assume=SPECIFIC_EU_AGREEMENT:united-states/);
    expect(url).toMatch(/layout=concentric/);

    const again = await newPage(url.replace(session.base, ''));
    await expect.poll(async () => (await canvasState(again)).highlighted, WAIT).toEqual(before.highlighted);
    const after = await canvasState(again);
    expect(after.assumed).toEqual(before.assumed);
    expect(after.layout).toBe('concentric');
    expect(after.nodeCount).toBe(before.nodeCount);
    expect(await again.getByLabel('Strategic objective').inputValue()).toBe('SO4_4');
    expect(await again.getByRole('radio', { name: 'Outreach' }).isChecked()).toBe(true);
    expect(await again.getByRole('tab', { name: /Eligibility explorer/ }).getAttribute('aria-selected')).toBe('true');
    await again.screenshot({ path: join(SCREENSHOTS, '08-shared-link.png') });

    await again.getByRole('tab', { name: 'Details' }).click();
    await again.getByRole('combobox', { name: 'Search' }).fill('ENISA');
    await again.getByRole('option', { name: /^ENISA EU agency/ }).click();
    await again.getByRole('button', { name: 'Focus here' }).click();
    await expect.poll(async () => (await canvasState(again)).focus, WAIT).toBe('enisa');
    await expect.poll(async () => (await canvasState(again)).nodeCount, WAIT).toBeLessThan(before.nodeCount);
    await expect.poll(() => again.url(), WAIT).toMatch(/focus=enisa/);
    const focused = await newPage(again.url().replace(session.base, ''));
    await expect.poll(async () => (await canvasState(focused)).focus, WAIT).toBe('enisa');
    await expect
      .poll(async () => (await canvasState(focused)).nodeCount, WAIT)
      .toBe((await canvasState(again)).nodeCount);
    await Promise.all([page.close(), again.close(), focused.close()]);
  });

  it('should show who responds to a crime, in order, Europol/EC3 first', async () => {
    const page = await newPage();
    await page.getByRole('tab', { name: 'Incidents' }).click();
    await page.getByLabel('Incident type').selectOption('CRIME');
    const responders = page.getByRole('list', { name: 'Responders in order' });
    await responders.waitFor();
    expect(await responders.locator('li').first().textContent()).toMatch(/^1.*European Cybercrime Centre \(EC3\)/);
    // Issue 17: joint action ("together with"), not a sequence, and the modality beside the quote.
    expect(await responders.locator('li').first().textContent()).toContain('Together with');
    expect(await responders.locator('li').first().textContent()).toContain('Recommendation (should)');
    await expect.poll(async () => (await canvasState(page)).highlighted, WAIT).toContain('europol-ec3');
    expect(page.url()).toContain('incident=CRIME');
    await page.screenshot({ path: join(SCREENSHOTS, '12-incident.png') });
    await page.close();
  });

  it('should let a keyboard-only analyst ask an eligibility question', async () => {
    const page = await newPage();
    // The tab list is one stop (roving tabindex): Tab to the active tab, then arrow keys between tabs.
    expect(await tabTo(page, '[role="tab"][aria-selected="true"]')).toBe(true);
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: /Eligibility explorer/ }).getAttribute('aria-selected')).toBe('true');
    expect(await tabTo(page, '#objective')).toBe(true);
    const objective = page.locator('#objective');
    for (let i = 0; i < 10 && (await objective.inputValue()) !== 'SO4_4'; i += 1)
      await page.keyboard.press('ArrowDown');
    expect(await objective.inputValue()).toBe('SO4_4');
    expect(await tabTo(page, 'input[name="approach"]')).toBe(true);
    for (let i = 0; i < 4 && !(await page.getByRole('radio', { name: 'Outreach' }).isChecked()); i += 1)
      await page.keyboard.press('ArrowRight');
    expect(await tabTo(page, 'button.primary')).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await canvasState(page)).highlighted, WAIT)
      .toEqual(expect.arrayContaining(['iceland', 'liechtenstein', 'norway']));
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.screenshot({ path: join(SCREENSHOTS, '13-keyboard.png') });
    await page.close();
  });
});
