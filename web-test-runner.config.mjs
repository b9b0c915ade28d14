import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

const executablePath = await findChrome();

/**
 * Commands that need Chrome DevTools Protocol, which the page cannot reach:
 * - `fc-ax-nodes`: the page's accessibility tree as a screen reader gets
 *   it (`Accessibility.getFullAXTree`), in reading order: each node's role,
 *   name and live politeness; what is not rendered is not there;
 * - `fc-forced-colors`: emulates `forced-colors: active` (payload true) or
 *   stops (false); @web/test-runner-commands' emulateMedia ignores it in Chrome.
 */
function devtoolsPlugin() {
  const sessions = new Map();
  const cdpOf = async (session) => {
    let cdp = sessions.get(session.id);
    if (!cdp) {
      cdp = await session.browser.getPage(session.id).createCDPSession();
      sessions.set(session.id, cdp);
    }
    return cdp;
  };
  return {
    name: 'fc-devtools',
    async executeCommand({ command, payload, session }) {
      if (command === 'fc-ax-nodes') {
        const cdp = await cdpOf(session);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const out = [];
        // Depth first from the root: the nodes in reading order, each with its live politeness ('' outside live regions).
        const visit = (node, live) => {
          const own = node.properties?.find((p) => p.name === 'live')?.value.value;
          const politeness = own ?? live;
          if (!node.ignored && node.role?.value !== 'InlineTextBox') out.push({ role: node.role?.value ?? '', name: node.name?.value ?? '', live: politeness, ...(own ? { liveRoot: true } : {}) });
          for (const id of node.childIds ?? []) if (byId.has(id)) visit(byId.get(id), politeness);
        };
        visit(nodes[0], '');
        return out;
      }
      if (command === 'fc-forced-colors') {
        const cdp = await cdpOf(session);
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }] });
        return true;
      }
      return undefined;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  // Tests wait for what they check; the timeout only stops one that never
  // gets there. A 2-core machine busy with something else runs a test 5–10
  // times slower than an idle one, so it is generous.
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 1_800_000,
  browserStartTimeout: 60000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), devtoolsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
};
