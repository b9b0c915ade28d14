// `npm run lint`: ESLint, lit-analyzer and prettier --check, one after the
// other. Every one runs even when an earlier one failed, so CI shows all the
// problems at once; the exit code is non-zero when any failed. Name some of
// them to run only those: `npm run lint -- eslint prettier`.
// ESLint and lit-analyzer come from tools/lint/ (their own TypeScript 6.0,
// see tools/lint/README.md), prettier from the root node_modules.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = 'tools/lint/node_modules';
const steps = {
  eslint: [`${tools}/eslint/bin/eslint.js`, '.'],
  // The files with templates: elements, the tests that mount them, the benchmark page.
  'lit-analyzer': [`${tools}/lit-analyzer/cli.js`, 'components/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
  prettier: ['node_modules/prettier/bin/prettier.cjs', '--check', '.'],
};

const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(steps);
const unknown = names.filter((n) => !(n in steps));
if (unknown.length) {
  console.error(`Unknown lint step ${unknown.join(', ')}: the steps are ${Object.keys(steps).join(', ')}.`);
  process.exit(2);
}
if (!existsSync(tools)) {
  console.error('The lint tools are not installed: run `npm ci` (its postinstall installs tools/lint), or `npm ci --prefix tools/lint`.');
  process.exit(2);
}

const failed = names.filter((name) => {
  console.log(`== ${name}`);
  const { status } = spawnSync(process.execPath, steps[name], { stdio: 'inherit' });
  return status !== 0;
});
if (failed.length) {
  console.error(`lint failed: ${failed.join(', ')}`);
  process.exit(1);
}
