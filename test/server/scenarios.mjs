// Storage scenarios that run on either backend (embedded PGlite, or
// PostgreSQL through DATABASE_URL): the test files pass the settings.
import assert from 'node:assert/strict';
import { startServer, connect, writeArticle, appendParagraph, snapshot, waitFor, randomUUID } from './helpers.mjs';

/**
 * Writes two documents through clients that stay connected, with a store
 * delay long enough that nothing is written before the signal; stops the
 * server with `signal`; starts it again and checks that fresh clients load
 * the same state, and that the list shows both titles.
 */
export async function survivesCleanRestart(env, signal = 'SIGTERM') {
  const token = env.FACTCHECK_TEAM_TOKEN;
  const first = await startServer({ ...env, FACTCHECK_STORE_DELAY_MS: '600000' });
  const names = [randomUUID(), randomUUID()];
  const written = [];
  for (const [i, name] of names.entries()) {
    const writer = connect(first.wsUrl, name, token);
    await writer.synced();
    writeArticle(writer.doc, { title: `Council budget ${i}`, text: `The council approved $${i + 3} million on Tuesday.` });
    appendParagraph(writer.doc, 'A second paragraph, typed later.');
    await writer.acknowledged();
    written.push(snapshot(writer.doc));
  }
  const stopped = await first.stop(signal);
  assert.equal(stopped.code, 0, stopped.output);
  assert.match(stopped.output, new RegExp(`${signal}: storing 2 open document\\(s\\)`));
  assert.match(stopped.output, /every document is stored/);

  const second = await startServer(env);
  for (const [i, name] of names.entries()) {
    const reader = connect(second.wsUrl, name, token);
    await reader.synced();
    assert.deepEqual(snapshot(reader.doc), written[i]);
    reader.destroy();
  }
  const list = await (await fetch(`${second.url}/api/articles`, { headers: { Authorization: `Bearer ${token}` } })).json();
  assert.deepEqual(
    list
      .filter((a) => names.includes(a.id))
      .map((a) => a.title)
      .sort(),
    ['Council budget 0', 'Council budget 1'],
  );
  return second;
}

/** Waits until `client`'s text contains every string of `parts`. */
export function waitForText(client, parts, who) {
  return waitFor(() => parts.every((p) => snapshot(client.doc).text.includes(p)), `${who} to see ${parts.join(', ')}`);
}
