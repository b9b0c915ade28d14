// Storage in the embedded PostgreSQL (PGlite, the default): what clients
// wrote is there after a clean stop and a new start, including what was
// still waiting to be written when the stop came.
import { test } from 'node:test';
import { tempDir } from './helpers.mjs';
import { survivesCleanRestart } from './scenarios.mjs';

test('PGlite: documents written through clients are loaded again after SIGTERM (pending writes included) and a new start', async () => {
  await survivesCleanRestart({ FACTCHECK_DATA: await tempDir(), FACTCHECK_TEAM_TOKEN: 'pglite-token-0123456789' }, 'SIGTERM');
});

test('PGlite: SIGINT (Ctrl+C) writes pending documents too', async () => {
  await survivesCleanRestart({ FACTCHECK_DATA: await tempDir(), FACTCHECK_TEAM_TOKEN: 'pglite-token-0123456789' }, 'SIGINT');
});
