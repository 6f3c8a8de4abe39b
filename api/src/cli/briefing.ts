/**
 * `npm run briefing -- --objective SO4.4 --approach outreach [--assume specific-eu-agreement:japan]
 * --format svg|png|html|pdf|dot --out FILE [--width 1600 --height 1000]`, or `--actor japan` (the actor
 * profile's one-page briefing, no objective or approach; svg|png|html|pdf): the briefing GET /briefing gives,
 * byte for byte (the date aside), without a server. Uses NEO4J_URI; else the embedded Neo4j already running
 * on NEO4J_DATA_DIR (`npm start`'s), or one started for the run (db/open.ts openDatabase), as `npm run seed`
 * and `npm run export-data` do. Exit code 0 on success, 1 when the question or the rendering failed, 2 on a
 * usage error.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  asksForProfile,
  BriefingBrowser,
  FORMATS,
  parseBriefingRequest,
  parseProfileBriefingRequest,
  PNG_SIZE,
  renderBriefing,
  renderProfileBriefing,
} from '../briefing/index.js';
import { profileTitle } from '../briefing/profile-html.js';
import { loadConfig } from '../config.js';
import { Neo4jStartError, openDatabase } from '../db/open.js';
import { AppError } from '../errors.js';

const USAGE = `Usage: npm run briefing -- --objective SO4.4 --approach outreach --format ${FORMATS.join('|')} --out FILE
       npm run briefing -- --actor japan --format svg|png|html|pdf --out FILE
  --actor       an actor id: its profile across every objective and approach (then no --objective, --approach)
  --objective   SO4.1 … SO4.7 (or 4.4), or ALL
  --approach    limited, assisting or outreach
  --assume      <kind>:<actor-id>, kind specific-eu-agreement, explicit-cyber-agreement,
                cyber-agreement-or-framework or incompatible (repeatable; what-if, never stored)
  --format      ${FORMATS.join(', ')} (pdf and png need Chromium: apt-get install chromium)
  --out         the file to write
  --width, --height   png size in pixels, ${PNG_SIZE.min}–${PNG_SIZE.max} (default ${PNG_SIZE.width}×${PNG_SIZE.height})
Uses the Neo4j at NEO4J_URI; else the one already running on NEO4J_DATA_DIR (npm start's), or starts it for the run.`;

const log = (line: string) => console.error(line);

function parse() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      actor: { type: 'string' },
      objective: { type: 'string' },
      approach: { type: 'string' },
      assume: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length > 0) throw new TypeError(`unexpected argument "${positionals[0]}"`);
  return values;
}

async function main(): Promise<number> {
  let values;
  let request;
  try {
    values = parse();
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (!values.format) throw new TypeError('--format is required');
    if (!values.out) throw new TypeError('--out is required');
    request = asksForProfile(values) ? parseProfileBriefingRequest(values) : parseBriefingRequest(values);
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const browser = new BriefingBrowser({ executablePath: config.chromiumPath, concurrency: 1 });
  // No Chromium: say so before starting a database.
  if (request.format === 'pdf' || request.format === 'png') browser.assertAvailable();
  const { db, close } = await openDatabase(config, { embedded: 'reuse', log });
  try {
    const started = Date.now();
    const briefing =
      'actor' in request
        ? await renderProfileBriefing(db, request, { browser })
        : await renderBriefing(db, request, { browser });
    const title = 'actor' in briefing.model ? profileTitle(briefing.model) : briefing.model.title;
    const path = resolve(values.out);
    await writeFile(path, briefing.body);
    console.log(
      `Wrote ${title} (${request.format}, ${briefing.body.length} bytes, data version ` +
        `${briefing.dataVersion ?? 'unknown'}) to ${path} in ${Date.now() - started} ms.`,
    );
    return 0;
  } finally {
    await browser.close();
    await close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = error instanceof AppError || error instanceof Neo4jStartError;
  console.error(known ? `${(error as Error).message}` : error);
  if (error instanceof AppError && error.code === 'DATABASE_UNAVAILABLE')
    console.error('Is Neo4j running at NEO4J_URI? Unset NEO4J_URI to start the embedded Neo4j for the run.');
  process.exitCode = 1;
}
