export { Repository, type ArticleSnapshot, type ArticleDelta, type SaveResult, type RepositoryOptions } from './repository.js';
export { ChangeTracker, type PendingWrite } from './changes.js';
export { DB_VERSION, upgrade, type ArticleRow, type DocumentRow, type ClaimRow, type FactcheckDB } from './schema.js';
export { Saver, SAVE_DELAY_MS, type SaverOptions } from './saver.js';
export { writeJournal, clearJournal, replayJournal } from './journal.js';
export { savePlugin } from './save-plugin.js';
export { TabSync, type SyncMessage } from './tab-sync.js';
export { Settings } from './settings.js';
export { storageProblem, type StorageProblem } from './errors.js';
