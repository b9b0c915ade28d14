export { Repository, type ArticleSnapshot, type RepositoryOptions } from './repository.js';
export { DB_VERSION, upgrade, type ArticleRow, type ClaimRow, type FactcheckDB } from './schema.js';
export { Saver, SAVE_DELAY_MS, type SaverOptions } from './saver.js';
export { writeJournal, clearJournal, replayJournal } from './journal.js';
export { savePlugin } from './save-plugin.js';
