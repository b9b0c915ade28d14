export { cpLength, cpSlice, CodePointIndex, loneSurrogateAt, wellFormed } from './codepoints.js';
export { isHttpUrl } from './url.js';
export { sentenceAround } from './sentence.js';
