import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * @open-wc/testing's `waitUntil`, with room for a slow machine: it gives up
 * after 1 s unless told, and on a 2-core machine busy with something else a
 * save or a render can take several. The test still waits only as long as
 * its condition takes; the limit is for a condition that never comes.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: 20, timeout: 30_000, ...options });
}
