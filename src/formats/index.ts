export { exportNative, NATIVE_FORMAT, NATIVE_VERSION, CONTEXT_LENGTH } from './native.js';
export { parseNative, parseNativeJson, recogniseForeignFormat } from './native-read.js';
export type { NativeExport, NativeArticle, NativeClaim, NativeParseResult } from './native.js';
export { checkImportFile, firstInvalidUtf8, MAX_IMPORT_BYTES } from './import-file.js';
export type { ImportFileResult } from './import-file.js';
export { exportW3C, ANNO_CONTEXT, RECHECK_TAG, WITHDRAWN_TAG } from './w3c.js';
export { parseW3C } from './w3c-import.js';
export type {
  W3CAnnotation,
  W3CAnnotationCollection,
  W3CAnnotationPage,
  W3CAgent,
  W3CExportOptions,
  W3CImportedAnnotation,
  W3CLinkingBody,
  W3CParseResult,
  W3CReply,
  W3CTextPositionSelector,
  W3CTextQuoteSelector,
  W3CTextualBody,
} from './w3c.js';
export { exportClaimReview, claimReviewExport, claimantType, sentenceAround, CLAIMREVIEW_STATUSES, CLAIM_REVIEWED_LENGTH, RATING_VALUES } from './claimreview.js';
export type { ClaimReview, ClaimReviewOptions, ClaimReviewRating, ClaimReviewExport, ClaimReviewOmission, OmittedClaim } from './claimreview.js';
export { exportCSV, parseCSV, neutraliseFormula, CSV_COLUMNS, CSV_BOM } from './csv.js';
export { isUuid, stableUrn, uuidFromUrn, uuidV5, FACTCHECK_UUID_NAMESPACE } from './uuid.js';
export { MAX_LISTED_PROBLEMS } from './shared.js';
export { mergeClaims, MERGE_CONFLICT_EVENT, type MergeConflict, type MergeResult, type MergeSummary } from './merge.js';
export { exportBackup, parseBackup, BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupParseResult } from './backup.js';
export { exportFile, looksLikeW3C, type ExportKind } from './files.js';
