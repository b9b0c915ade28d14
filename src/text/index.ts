export { cpLength, cpSlice, CodePointIndex } from './codepoints.js';
