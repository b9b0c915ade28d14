// Runs the whole suite: the browser tests with @web/test-runner, then the
// few checks that need Node (ajv ships only CommonJS, so the W3C
// conformance and JSON Schema checks run under node:test). It ends with one
// bare "N passed, N failed" line, which CI reads (wtr's own summary is not
// in that form).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk.toString();
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out: out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '') }));
  });
}

function nodeTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return nodeTests(path);
    return name.endsWith('.node.mjs') ? [path] : [];
  });
}

const last = (text, re) => [...text.matchAll(re)].map((m) => Number(m[1])).pop() ?? 0;

const browser = await run('npx', ['wtr', ...process.argv.slice(2)]);
let passed = last(browser.out, /(\d+) passed/g);
let failed = last(browser.out, /(\d+) failed/g);
if (browser.code !== 0 && failed === 0) failed = 1;

const files = process.argv.length > 2 ? [] : nodeTests('test');
if (files.length) {
  const node = await run(process.execPath, ['--test', ...files]);
  passed += last(node.out, /^# pass (\d+)/gm);
  const nodeFailed = last(node.out, /^# fail (\d+)/gm);
  failed += node.code !== 0 && nodeFailed === 0 ? 1 : nodeFailed;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
