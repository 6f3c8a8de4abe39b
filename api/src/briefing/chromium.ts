/**
 * PDF and PNG through headless Chromium (playwright-core driving Debian's /usr/bin/chromium, or
 * CHROMIUM_PATH). One browser, launched on first use and shared; each render gets its own context with
 * JavaScript off and every network request refused, so a briefing can never fetch anything. At most
 * `concurrency` renders run at once; a few more wait; beyond that the caller gets OVERLOADED (503 +
 * Retry-After). Without Chromium, BROWSER_UNAVAILABLE with how to install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AppError } from '../errors.js';

export const BROWSER_UNAVAILABLE_MESSAGE = 'PDF and PNG need Chromium: apt-get install chromium';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BriefingBrowserOptions {
  executablePath: string;
  /** Renders at once (default 2). */
  concurrency?: number;
  /** Renders allowed to wait for a slot (default 8). */
  maxWaiting?: number;
}

/**
 * A page with `html` loaded and its fonts ready: the embedded font must be in use before the page is drawn,
 * or a line could be set in a fallback font. (Playwright evaluates in its own world: this works with the
 * page's JavaScript off.)
 */
async function open(context: BrowserContext, html: string): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return page;
}

/**
 * The printable area of an A4 page inside the briefings' @page margins (10 mm either side, 7 mm above and
 * below), in CSS pixels: laid out at this width in print media, a page whose height stays within it prints on
 * one sheet.
 */
const MM = 96 / 25.4;
const PRINTABLE = { width: Math.floor(190 * MM), height: Math.floor(283 * MM) };
/** The steps `fitOnePage` takes, in order: the citations' quotes cut to 3 lines, then to 1 (html-style.ts). */
export const FIT_STEPS = ['fit-1', 'fit-2'] as const;

/**
 * A briefing meant for one page (a what-if, an actor's profile) that would spill onto a second: its citations'
 * quotes are cut to fewer lines, step by step, until it fits, never its text made smaller than the 7 pt the
 * page keeps (the HTML briefing keeps every quote whole, and the page says so). Measured in print media at the
 * printable width, with 2 % kept for the print layout's column and page breaks.
 */
async function fitOnePage(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const tooTall = () =>
    page.evaluate((limit) => document.documentElement.scrollHeight > limit, PRINTABLE.height * 0.98);
  for (const step of FIT_STEPS) {
    if (!(await tooTall())) return;
    await page.evaluate((name) => {
      document.documentElement.className = name;
    }, step);
  }
}

export class BriefingBrowser {
  private browser: Promise<Browser> | undefined;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: BriefingBrowserOptions) {}

  get available(): boolean {
    return existsSync(this.options.executablePath);
  }

  /** Throws BROWSER_UNAVAILABLE when there is no Chromium at the configured path. */
  assertAvailable(): void {
    if (!this.available) throw new AppError('BROWSER_UNAVAILABLE', BROWSER_UNAVAILABLE_MESSAGE);
  }

  /**
   * A4 PDF of a whole HTML document, backgrounds printed, margins from its @page rule. Tagged (CDP
   * Page.printToPDF generateTaggedPDF): the structure of the HTML (headings, lists, tables, the diagram's alt
   * text) goes into the PDF for screen readers; the headings also make its outline (bookmarks).
   */
  pdf(html: string, signal?: AbortSignal, { onePage = false }: { onePage?: boolean } = {}): Promise<Buffer> {
    return this.render(
      signal,
      async (context) => {
        const page = await open(context, html);
        if (onePage) await fitOnePage(page);
        return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
      },
      onePage ? PRINTABLE : undefined,
    );
  }

  /** PNG of exactly width × height CSS pixels (device scale 1). */
  png(html: string, width: number, height: number, signal?: AbortSignal): Promise<Buffer> {
    return this.render(
      signal,
      async (context) => {
        const page = await open(context, html);
        return page.screenshot({ type: 'png', fullPage: false, clip: { x: 0, y: 0, width, height } });
      },
      { width, height },
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }

  private async render<T>(
    signal: AbortSignal | undefined,
    work: (context: BrowserContext) => Promise<T>,
    viewport = { width: 1240, height: 1754 },
  ): Promise<T> {
    this.assertAvailable();
    await this.acquire();
    let context: BrowserContext | undefined;
    try {
      // The client may have gone, or the handler timed out, while this render waited.
      if (signal?.aborted) throw new AppError('OVERLOADED', 'The briefing was abandoned while it waited.');
      context = await (await this.launch()).newContext({ javaScriptEnabled: false, viewport, deviceScaleFactor: 1 });
      await context.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient'),
      );
      return await work(context);
    } finally {
      await context?.close().catch(() => undefined);
      this.release();
    }
  }

  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(new AppError('BROWSER_UNAVAILABLE', 'The server is shutting down.'));
    this.browser ??= chromium
      .launch({ executablePath: this.options.executablePath, headless: true, args: FLAGS })
      .then((browser) => {
        // A crashed browser is launched again on the next render.
        browser.on('disconnected', () => {
          this.browser = undefined;
        });
        return browser;
      })
      .catch((error: unknown) => {
        this.browser = undefined;
        throw new AppError(
          'BROWSER_UNAVAILABLE',
          `${BROWSER_UNAVAILABLE_MESSAGE} (${(error as Error).message.split('\n')[0]})`,
        );
      });
    return this.browser;
  }

  private acquire(): Promise<void> {
    if (this.running < (this.options.concurrency ?? 2)) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= (this.options.maxWaiting ?? 8)) {
      return Promise.reject(
        new AppError('OVERLOADED', 'Too many PDF and PNG briefings are being rendered; retry in a few seconds.', {
          retryAfter: 5,
        }),
      );
    }
    // The slot passes straight to the next waiter: `running` stays the same.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
