export { STATUS_IDS, STATUSES, isStatusId, statusInfo, isResolved, type StatusId, type StatusInfo } from './status.js';
export { createRecord, newClaimId, type ClaimRecord, type StoredClaim, type Source, type HistoryEntry, type QuoteSelector } from './record.js';
export { claimsKey, claimsOf, claimRange, claimRanges, claimsAt, adjacentClaim, activeDecorations, type ClaimsState, type ClaimSpec } from './state.js';
export { claimSentence } from './sentence.js';
export type { ClaimsAction } from './actions.js';
export { claimsPlugin, claimDecoration, type ClaimsPluginOptions } from './plugin.js';
export {
  tagClaim,
  setStatus,
  confirmClaim,
  updateClaim,
  deleteClaim,
  restoreClaim,
  reattachClaim,
  selectClaim,
  setReviewer,
  claimOn,
} from './commands.js';
export { storedClaims, loadClaims, loadClaimsAction, loadClaimsTransaction, type Placer } from './snapshot.js';
export { claimsTransaction } from './transaction.js';
export { claimMark, claimMarkType, claimIdOf, claimSpans, withClaimMarks, withoutClaimMarks, docJSONWithoutClaims, isClaimMarkStep, type Span } from './marks.js';
export { typeIntoClaims } from './typing.js';
export { clipboardParser } from './clipboard.js';
export { describeSelector, CONTEXT_LENGTH } from './selectors.js';
export { progressOf, type Progress } from './progress.js';
export { reviseArticle, type RevisionSummary } from './revise.js';
export { importAnnotations, type AnnotationImportSummary } from './import-annotations.js';
export { applyRemoteClaims, type RemoteChanges } from './remote.js';
