// The app's entry point: defining <factcheck-app> defines every element it uses.
export { FactcheckApp } from './factcheck-app.js';
