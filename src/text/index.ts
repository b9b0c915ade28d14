export { cpLength, cpSlice, CodePointIndex } from './codepoints.js';
export { sentenceAround, CLAIM_REVIEWED_LENGTH } from './sentence.js';
