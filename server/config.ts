// The server's settings, read once from the environment. Every problem is
// reported with the name of the variable and what was wrong with it.
import { resolve } from 'node:path';

/** A setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config {
  /** TCP port for the page, the API and /sync (0: any free port). */
  port: number;
  /** Interface to listen on. */
  host: string;
  /** Folder for the embedded database and the generated team token. */
  dataDir: string;
  /** postgres://… to store in PostgreSQL instead of the embedded database. */
  databaseUrl: string | null;
  /** redis://… to let several processes serve the same documents. */
  redisUrl: string | null;
  /** One team's token (FACTCHECK_TEAM_TOKEN). */
  teamToken: string | null;
  /** A JSON file of teams and their tokens (FACTCHECK_TEAMS_FILE). */
  teamsFile: string | null;
  /** Origins, besides the page's own, whose pages may use /sync and the API. */
  allowedOrigins: Set<string>;
  /** The largest WebSocket message accepted, in bytes. */
  maxMessageBytes: number;
  /** How long after the last change a document is written, in ms. */
  storeDelayMs: number;
  /** How long a clean shutdown may take to store open documents, in ms. */
  shutdownTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, not "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, not ${value}`);
  return value;
}

function url(env: Env, name: string, schemes: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL (expected ${schemes.map((s) => `${s}//…`).join(' or ')})`);
  }
  if (!schemes.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${schemes.map((s) => `${s}//`).join(' or ')}, not ${parsed.protocol}//`);
  }
  return raw;
}

/** Parses a comma-separated list of origins (`https://desk.example.org`) into their canonical form. */
export function parseOrigins(raw: string | undefined, name = 'FACTCHECK_ALLOWED_ORIGINS'): Set<string> {
  const origins = new Set<string>();
  for (const item of (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    let parsed: URL;
    try {
      parsed = new URL(item);
    } catch {
      throw new ConfigError(`${name}: "${item}" is not an origin such as https://desk.example.org`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new ConfigError(`${name}: "${item}" must start with http:// or https://`);
    }
    if (parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username) {
      throw new ConfigError(`${name}: "${item}" must be an origin only (scheme, host and port), without a path`);
    }
    origins.add(parsed.origin);
  }
  return origins;
}

/** Reads the settings from `env` (process.env by default); throws ConfigError. */
export function readConfig(env: Env = process.env): Config {
  const teamToken = env.FACTCHECK_TEAM_TOKEN?.trim() || null;
  const teamsFile = env.FACTCHECK_TEAMS_FILE?.trim() || null;
  if (teamToken && teamsFile) {
    throw new ConfigError('Set FACTCHECK_TEAM_TOKEN (one team) or FACTCHECK_TEAMS_FILE (several teams), not both');
  }
  const storeDelayMs = integer(env, 'FACTCHECK_STORE_DELAY_MS', 2000, 0, 600_000);
  return {
    port: integer(env, 'PORT', 8000, 0, 65535),
    host: env.HOST?.trim() || 'localhost',
    dataDir: resolve(env.FACTCHECK_DATA?.trim() || 'data'),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    teamToken,
    teamsFile: teamsFile && resolve(teamsFile),
    allowedOrigins: parseOrigins(env.FACTCHECK_ALLOWED_ORIGINS),
    maxMessageBytes: integer(env, 'FACTCHECK_MAX_MESSAGE_BYTES', 8 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    storeDelayMs,
    shutdownTimeoutMs: integer(env, 'FACTCHECK_SHUTDOWN_TIMEOUT_MS', 30_000, 1000, 3_600_000),
  };
}
