import { executeServerCommand } from '@web/test-runner-commands';

/** A node of the accessibility tree, as a screen reader gets it (see web-test-runner.config.mjs). */
export interface AxNode {
  role: string;
  name: string;
  /** The politeness of the live region the node is in: '' outside one. */
  live: string;
  /** The node is a live region's root. */
  liveRoot?: true;
}

/** The page's accessibility tree in reading order, read through Chrome DevTools Protocol. */
export function axNodes(): Promise<AxNode[]> {
  return executeServerCommand<AxNode[], undefined>('fc-ax-nodes');
}

/** The text of each polite status region the accessibility tree has (an unrendered region is not there). */
export async function politeStatusTexts(): Promise<string[]> {
  const texts: string[] = [];
  let inside = false;
  for (const node of await axNodes()) {
    if (node.liveRoot) {
      inside = node.live === 'polite' && node.role === 'status';
      if (inside) texts.push('');
    } else if (inside && node.live === 'polite' && node.role === 'StaticText') texts[texts.length - 1] += node.name;
  }
  return texts;
}

/** Emulates `forced-colors: active` (Windows High Contrast) or stops emulating it. */
export function forcedColors(active: boolean): Promise<unknown> {
  return executeServerCommand('fc-forced-colors', active);
}
