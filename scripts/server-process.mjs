// Runs the built team server (dist/server/main.js) as a child process, for
// the server's tests and for `npm run bench:sync`.
import { spawn } from 'node:child_process';

/** Polls `check` until it returns a truthy value; fails naming `what` after `timeoutMs`. */
export async function waitFor(check, what, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Settings the caller did not ask for must not leak in from the shell.
const OWN_ENV = /^(FACTCHECK_|DATABASE_URL$|REDIS_URL$|PORT$|HOST$)/;

/**
 * Starts `main` with the environment `env` (on top of the shell's, less the
 * server's own settings; PORT 0 and HOST 127.0.0.1 unless given). The
 * result's `listening` resolves once the server prints its address, or
 * rejects with its output if it exits first.
 */
export function spawnServer(main, env = {}) {
  const fullEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !OWN_ENV.test(k)));
  Object.assign(fullEnv, { PORT: '0', HOST: '127.0.0.1' }, env);
  const child = spawn(process.execPath, [main], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  let done = false;
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      done = true;
      resolve({ code, signal, output });
    }),
  );
  const listening = waitFor(() => {
    const m = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
    if (m) return Number(m[1]);
    if (done) throw new Error(`The server exited before listening:\n${output}`);
    return null;
  }, 'the server to listen').then((port) => ({
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
  }));
  return {
    child,
    exited,
    listening,
    isDone: () => done,
    output: () => output,
    /** Sends `signal` and resolves to the exit code, signal and whole output. */
    stop(signal = 'SIGTERM') {
      if (!done) child.kill(signal);
      return exited;
    },
  };
}
