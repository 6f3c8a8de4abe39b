/** The source texts by document id, for checking quotes read back from Neo4j. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../api/src/config.js';
import { SourceText } from '../../api/src/seed/quote-match.js';

const seedDir = loadConfig({}).paths.seed;

export const SOURCES: Record<string, SourceText> = {
  'enisa-international-strategy-2021': new SourceText(
    readFileSync(join(seedDir, 'sources', 'enisa-international-strategy-2021.txt'), 'utf8'),
  ),
  'eu-cybersecurity-strategy-2013': new SourceText(
    readFileSync(join(seedDir, 'sources', 'eu-cybersecurity-strategy-2013.txt'), 'utf8'),
  ),
};
