// Runs the browser suite with @web/test-runner and ends with a bare
// "N passed, N failed" line, which CI reads (wtr's own summary is not in
// that form).
import { spawn } from 'node:child_process';

const args = ['wtr', ...process.argv.slice(2)];
const child = spawn('npx', args, { stdio: ['inherit', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  out += chunk.toString();
});
child.on('close', (code) => {
  // Strip ANSI colours before reading wtr's summary.
  const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
  const passed = [...plain.matchAll(/(\d+) passed/g)].map((m) => Number(m[1])).pop() ?? 0;
  const failed = [...plain.matchAll(/(\d+) failed/g)].map((m) => Number(m[1])).pop() ?? 0;
  const failedCount = code !== 0 && failed === 0 ? 1 : failed;
  console.log(`${passed} passed, ${failedCount} failed`);
  process.exit(code ?? 1);
});
