import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCatalogue } from '../../server/cli/toCatalogue';
import { DEFINITIONS_DIR, loadSeedLibrary } from './loadSeedLibrary';

describe('the library catalogue', () => {
  it('is generated from the current definitions (run `npm run definitions -- catalogue` after a change)', () => {
    expect(readFileSync(join(DEFINITIONS_DIR, 'CATALOGUE.md'), 'utf8')).toBe(toCatalogue(loadSeedLibrary()));
  });
});
