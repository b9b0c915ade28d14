export { FRAGMENT, CLAIMS, ARTICLE, articleFragment, claimsMap, articleMap, sharedMeta, writeMeta, seedSharedDoc, type ClaimsMap } from './doc.js';
export { writeRecord, readRecord, readRecords } from './records.js';
export { claimsSyncPlugin, fromSharedRecords, receiveRecords, sendRecords, changedClaims, RECORDS_ORIGIN } from './claims-sync.js';
export { isRemoteChange } from './remote.js';
export { sendRestoredTextWhereItLands } from './undo.js';
export { colourOf, peopleOf, PRESENCE_COLOURS, type Presence, type Person } from './presence.js';
export { shareLink, parseShareLink, type ShareLink } from './link.js';
export { LiveConnection, refusalMessage, syncUrl, teamArticles, type LiveStatus, type LiveEvents } from './connection.js';
