export { detectClaims } from './detect.js';
export { DETECT_KINDS, type DetectKind, type DetectedSpan } from './types.js';
export { kindFamily, spansMatch, type KindFamily } from './families.js';
export { claimantFor, claimantName } from './claimant.js';
