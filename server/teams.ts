// Teams and their tokens. A token admits its holder to its own team's
// documents; tokens are kept only as SHA-256 digests in memory, so a lookup
// never compares secrets character by character.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from './config.js';

/** A team as the rest of the server sees it (never with its token). */
export interface Team {
  id: string;
  name: string;
}

/** One entry of a teams file. */
export interface TeamEntry extends Team {
  token: string;
}

/** The team of a single-token server (FACTCHECK_TEAM_TOKEN or the generated token). */
export const DEFAULT_TEAM: Team = { id: 'default', name: 'Team' };

export const MIN_TOKEN_LENGTH = 16;
const MAX_TOKEN_LENGTH = 512;
const TEAM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('base64');

/** Why `token` cannot be a team token, or null when it can. */
export function tokenProblem(token: unknown): string | null {
  if (typeof token !== 'string') return 'must be a string';
  if (token.length < MIN_TOKEN_LENGTH) return `is ${token.length} characters long; use at least ${MIN_TOKEN_LENGTH} (for example \`openssl rand -base64 24\`)`;
  if (token.length > MAX_TOKEN_LENGTH) return `is longer than ${MAX_TOKEN_LENGTH} characters`;
  if (/\s/.test(token)) return 'must not contain spaces or line breaks';
  return null;
}

/** The teams this server admits, found by token. */
export class Teams {
  private readonly byDigest = new Map<string, Team>();

  constructor(entries: TeamEntry[]) {
    for (const { id, name, token } of entries) this.byDigest.set(digest(token), { id, name });
  }

  /** The team whose token this is, or undefined (also for a missing or malformed token). */
  forToken(token: unknown): Team | undefined {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
    return this.byDigest.get(digest(token));
  }

  /** The token from an `Authorization: Bearer …` header's team, or undefined. */
  forAuthorization(header: string | undefined): Team | undefined {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
    return match ? this.forToken(match[1]) : undefined;
  }

  get size(): number {
    return this.byDigest.size;
  }
}

/**
 * Checks the contents of a teams file:
 * `{ "teams": [ { "id": "metro", "name": "Metro desk", "token": "…" } ] }`.
 * Throws ConfigError naming the file and the entry at fault.
 */
export function parseTeamsFile(text: string, path: string): TeamEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const teams = (data as { teams?: unknown } | null)?.teams;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Array.isArray(teams)) {
    throw new ConfigError(`${path} must hold an object with a "teams" array: { "teams": [ { "id": "metro", "name": "Metro desk", "token": "…" } ] }`);
  }
  if (teams.length === 0) throw new ConfigError(`${path}: "teams" is empty; name at least one team`);
  const ids = new Set<string>();
  const tokens = new Set<string>();
  return teams.map((team: unknown, i): TeamEntry => {
    const where = `${path}: teams[${i}]`;
    if (typeof team !== 'object' || team === null || Array.isArray(team)) throw new ConfigError(`${where} must be an object with "id", "name" and "token"`);
    const { id, name, token, ...rest } = team as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length) throw new ConfigError(`${where} has unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}; a team has "id", "name" and "token"`);
    if (typeof id !== 'string' || !TEAM_ID.test(id)) {
      throw new ConfigError(`${where}.id must be 1 to 64 letters, digits, "-" or "_" (starting with a letter or digit), not ${JSON.stringify(id)}`);
    }
    if (ids.has(id)) throw new ConfigError(`${where}.id "${id}" is used by an earlier team`);
    ids.add(id);
    if (typeof name !== 'string' || !name.trim() || name.length > 200) throw new ConfigError(`${where}.name must be a non-empty string of at most 200 characters`);
    const problem = tokenProblem(token);
    if (problem) throw new ConfigError(`${where}.token ${problem}`);
    if (tokens.has(token as string)) throw new ConfigError(`${where}.token is the token of an earlier team; every team needs its own`);
    tokens.add(token as string);
    return { id, name: name.trim(), token: token as string };
  });
}

/** What loadTeams found, and what to tell the person starting the server. */
export interface LoadedTeams {
  teams: Teams;
  /** A line for the console (never the token, except when it was just made). */
  notice: string;
}

/**
 * The teams to admit: those of FACTCHECK_TEAMS_FILE, or one team with
 * FACTCHECK_TEAM_TOKEN, or one team with a token made on first run and kept
 * in `<dataDir>/team-token`.
 */
export async function loadTeams(options: { teamsFile: string | null; teamToken: string | null; dataDir: string }): Promise<LoadedTeams> {
  if (options.teamsFile) {
    let text: string;
    try {
      text = await readFile(options.teamsFile, 'utf8');
    } catch (err) {
      throw new ConfigError(`FACTCHECK_TEAMS_FILE: cannot read ${options.teamsFile} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const entries = parseTeamsFile(text, options.teamsFile);
    return { teams: new Teams(entries), notice: `Teams: ${entries.map((t) => t.id).join(', ')} (from ${options.teamsFile})` };
  }
  if (options.teamToken) {
    const problem = tokenProblem(options.teamToken);
    if (problem) throw new ConfigError(`FACTCHECK_TEAM_TOKEN ${problem}`);
    return { teams: new Teams([{ ...DEFAULT_TEAM, token: options.teamToken }]), notice: 'Team token: from FACTCHECK_TEAM_TOKEN' };
  }
  const file = join(options.dataDir, 'team-token');
  let token: string | null = null;
  try {
    token = (await readFile(file, 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError(`Cannot read the team token in ${file}: ${(err as Error).message}`);
  }
  if (token !== null) {
    const problem = tokenProblem(token);
    if (problem) throw new ConfigError(`The team token in ${file} ${problem}; fix or delete the file`);
    return { teams: new Teams([{ ...DEFAULT_TEAM, token }]), notice: `Team token: kept in ${file}` };
  }
  token = randomBytes(24).toString('base64url');
  await mkdir(options.dataDir, { recursive: true });
  // 'wx': two servers started at once on one folder must not both write a token.
  await writeFile(file, token + '\n', { mode: 0o600, flag: 'wx' });
  return {
    teams: new Teams([{ ...DEFAULT_TEAM, token }]),
    notice: `Team token (new, kept in ${file}; give it to your team): ${token}`,
  };
}
