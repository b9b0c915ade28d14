// Types for scripts/serve.mjs, which the TypeScript server imports.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** The Content-Security-Policy for a page requested from `host`. */
export function cspFor(host?: string): string;
/** A request handler serving the files under `dir`, but for the top-level folders in `hidden`. */
export function staticHandler(dir: string, options?: { hidden?: string[] }): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
/** Starts a static server for `dir`. */
export function serve(dir: string, port: number, host?: string): Promise<Server>;
