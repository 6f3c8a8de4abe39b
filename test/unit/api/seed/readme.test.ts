/**
 * Issue 17: seed/README.md documents every relationship type, modality value, date precision, date role, date
 * source, recurrence, pillar level, response mode and incident scope the seed may use (each in backquotes), so the
 * README cannot fall behind core/vocabulary.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATE_PRECISIONS,
  DATE_ROLES,
  DATE_SOURCES,
  INCIDENT_SCOPES,
  MODALITIES,
  PILLAR_LEVELS,
  RECURRENCES,
  RELATIONSHIP_TYPES,
  RESPONSE_MODES,
} from '../../../../core/vocabulary.js';

const readme = readFileSync(join(import.meta.dirname, '../../../../seed/README.md'), 'utf8');

describe('seed/README.md', () => {
  for (const vocabulary of [
    RELATIONSHIP_TYPES,
    MODALITIES,
    DATE_PRECISIONS,
    DATE_ROLES,
    DATE_SOURCES,
    RECURRENCES,
    PILLAR_LEVELS,
    RESPONSE_MODES,
    INCIDENT_SCOPES,
  ]) {
    it(`should document every ${vocabulary.name} value`, () => {
      expect(vocabulary.values.filter((term) => !readme.includes(`\`${term}\``))).toEqual([]);
    });
  }
});
