import type { ClaimRecord } from './record.js';

/**
 * What a transaction can ask of the claims plugin, as its meta under
 * `claimsKey`. Commands build these and `claimsTransaction` turns them into
 * a transaction: the `ranges` an action names become claim marks on the
 * words (the plugin reads every claim's place from its marks), the rest
 * rides along for the plugin's `apply`, which stays pure.
 */
export type ClaimsAction =
  /** Put records (new or changed); `ranges` attaches or moves claims. */
  | { type: 'put'; records: ClaimRecord[]; ranges?: Array<{ id: string; from: number; to: number }>; activate?: string }
  /** Remove claims, record and highlight. */
  | { type: 'remove'; ids: string[] }
  /** Open a claim in the panel (or close it with null). */
  | { type: 'activate'; id: string | null }
  /** Replace every claim, as when an article is opened (see `loadClaimsTransaction`). */
  | LoadAction
  | { type: 'reviewer'; name: string }
  /**
   * The article was replaced by a new version (one whole-document step,
   * its claims marked on the new words); these are the re-anchored claims'
   * records. Undo and redo of that step restore the claims as they were on
   * either side.
   */
  | { type: 'revise'; records: ClaimRecord[]; ranges: Array<{ id: string; from: number; to: number }> }
  /** Several actions in order, in one transaction. */
  | { type: 'batch'; actions: ClaimsAction[] };

/** Replace every claim, as when an article is opened. */
export interface LoadAction {
  type: 'load';
  records: ClaimRecord[];
  ranges: Array<{ id: string; from: number; to: number }>;
  /**
   * How many claims were not where their stored offsets said (placed by
   * their quote elsewhere, or orphaned): what is stored differs for them.
   */
  relocated?: number;
}
