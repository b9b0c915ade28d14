/** What went wrong with a storage operation, in words a newsroom user can act on. */
export interface StorageProblem {
  /** The DOMException's name (`QuotaExceededError`, …), when there is one. */
  name?: string;
  /** What happened, as a sentence. */
  reason: string;
}

/**
 * Explains a storage failure. IndexedDB raises DOMExceptions whose names
 * say what happened; the common ones get a plain sentence, the others keep
 * their own message.
 */
export function storageProblem(error: unknown): StorageProblem {
  const name = error instanceof DOMException ? error.name : (error as Error | undefined)?.name;
  const reason =
    name === 'QuotaExceededError'
      ? 'The browser’s storage for this site is full.'
      : name === 'InvalidStateError'
        ? 'The database was closed (another tab may have upgraded it).'
        : name === 'UnknownError' || name === 'SecurityError'
          ? 'The browser refused to store data (a private window may do this).'
          : (error as Error | undefined)?.message || String(error);
  return name ? { name, reason } : { reason };
}
