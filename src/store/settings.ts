import type { Repository } from './repository.js';

/**
 * Small settings (the reviewer's name, the article open last, the
 * organisation). Each is written to localStorage synchronously, so a page
 * closed a moment after the change keeps it, and to IndexedDB, which a
 * backup or another profile's restore can read.
 */
export class Settings {
  constructor(private readonly repo: Repository) {}

  private key(name: string): string {
    return `factcheck-desk:${this.repo.name}:${name}`;
  }

  /** The setting's value: localStorage first (the newest), then IndexedDB. */
  async get(name: string): Promise<string | undefined> {
    try {
      const local = localStorage.getItem(this.key(name));
      if (local !== null) return local;
    } catch {
      // localStorage can be disabled; IndexedDB still answers.
    }
    const stored = await this.repo.getMeta<unknown>(name);
    return typeof stored === 'string' ? stored : undefined;
  }

  /** Stores the value; resolves when IndexedDB has it too. */
  set(name: string, value: string): Promise<void> {
    try {
      localStorage.setItem(this.key(name), value);
    } catch {
      // Full or disabled: IndexedDB below is the copy that counts then.
    }
    return this.repo.setMeta(name, value);
  }
}
