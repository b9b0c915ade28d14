/**
 * The writers of every export format, in one module: the app loads it once
 * the first article is shown, so a first visit does not wait for them.
 */
export { exportNative } from './native.js';
export { exportW3C } from './w3c.js';
export { exportClaimReview, claimReviewExport } from './claimreview.js';
export { exportCSV } from './csv.js';
