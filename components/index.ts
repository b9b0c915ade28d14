// The app's entry point: defining <factcheck-app> defines every element it uses.
export { FactcheckApp } from './factcheck-app.js';

// The page is the built app (dist/), which brings sw.js: it keeps the app's
// files so a reload without a network still opens the app and what this
// browser keeps. Tests import the elements, not this entry, so they run
// without it.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('sw.js').catch((error: unknown) => console.warn('Factcheck Desk will not open offline: its service worker did not register', error));
}
