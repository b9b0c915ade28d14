export {
  STATUS_IDS,
  STATUSES,
  STATUS_LINES,
  DEFAULT_STATUSES,
  DEFAULT_SECOND_CHECK_FOR,
  isStatusId,
  isBuiltinStatus,
  statusInfo,
  isResolved,
  isVerdict,
  needsSource,
  statusTint,
  type StatusId,
  type BuiltinStatusId,
  type StatusInfo,
  type StatusLine,
  type StatusRating,
  type StatusSet,
} from './status.js';
export { makeStatusSet, customStatusSet, statusSetProblems, STATUS_ID_PATTERN, type StatusSetProblem } from './status-set.js';
export {
  createRecord,
  newClaimId,
  SOURCE_KINDS,
  type ClaimRecord,
  type StoredClaim,
  type Source,
  type SourceKind,
  type HistoryEntry,
  type QuoteSelector,
  type Query,
  type SecondCheck,
  type OtherVersion,
} from './record.js';
export { sourceProblem, normaliseSource, describeSource, sourceKind, SOURCE_KIND_LABELS } from './source.js';
export { withStatus, withPatch, type ClaimPatch } from './patch.js';
export { updateRecord, updateRecords, withEntry, type RecordChange } from './update.js';
export { updateClaims, setStatuses, restoreRecords } from './bulk.js';
export { askWriter, answerQuery, withdrawQuery, openQueries, countOpenQueries } from './queries.js';
export { openQueriesText, QUERY_SENTENCE_LENGTH, type OpenQueriesText, type NumberedQuery } from './queries-text.js';
export { confirmSecondCheck, secondCheckRefusal, needsSecondCheck, awaitsSecondCheck, verdictBy, type SecondCheckOptions } from './second-check.js';
export { adoptOtherVersion, dismissOtherVersion } from './other-version.js';
export { isClaimResolved, type ResolutionOptions, type ResolutionFields } from './resolution.js';
export {
  signOff,
  signOffBlockers,
  markSignOffStale,
  isArticleChange,
  SignOffBlockedError,
  SIGN_OFF_REASONS,
  type SignOff,
  type SignOffBlocker,
  type SignOffReason,
  type SignOffClaim,
} from './signoff.js';
export { claimsKey, claimsOf, claimRange, claimRanges, claimsAt, adjacentClaim, activeDecorations, type ClaimsState, type ClaimSpec } from './state.js';
export { claimSentence } from './sentence.js';
export type { ClaimsAction } from './actions.js';
export { claimsPlugin, claimDecoration, type ClaimsPluginOptions } from './plugin.js';
export { tagClaim, setStatus, confirmClaim, updateClaim, deleteClaim, restoreClaim, reattachClaim, selectClaim, setReviewer, claimOn } from './commands.js';
export { storedClaims, loadClaims, loadClaimsAction, loadClaimsTransaction, type Placer } from './snapshot.js';
export { claimsTransaction } from './transaction.js';
export { claimMark, claimMarkType, claimIdOf, claimSpans, withClaimMarks, withoutClaimMarks, docJSONWithoutClaims, isClaimMarkStep, type Span } from './marks.js';
export { typeIntoClaims } from './typing.js';
export { clipboardParser } from './clipboard.js';
export { describeSelector, CONTEXT_LENGTH } from './selectors.js';
export { progressOf, type Progress } from './progress.js';
export { isProblem, problemsFirst, PROBLEM_STATUSES } from './problems.js';
export { reviseArticle, type RevisionSummary } from './revise.js';
export { importAnnotations, type AnnotationImportSummary } from './import-annotations.js';
export { applyRemoteClaims, type RemoteChanges } from './remote.js';
