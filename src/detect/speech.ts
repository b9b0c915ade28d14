/**
 * The vocabulary of reported speech, shared by the attribution and quote
 * finders: verbs of saying, and the channel a statement went out on ("in a
 * statement", "on Twitter").
 */

/**
 * Verbs that report what a source said. Nouns that look like verbs
 * ("states", "reports") are left out, and so are participles that are
 * mostly adjectives ("reported cases", "an estimated 30"), and "declared",
 * which is more often an act ("declared independence"). The -ing forms
 * only count after a speaker and an auxiliary ("Hillary is saying"): a
 * bare "saying" has no source of its own.
 */
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|wrote|writes|asked|explained|explains|noted|notes|' +
  'argued|argues|insisted|insists|warned|warns|announced|announces|claimed|claims|' +
  'replied|responded|tweeted|acknowledged|acknowledges|admitted|admits|conceded|confirmed|' +
  'confirms|denied|denies|alleged|alleges|testified|predicted|recalled|stressed|emphasized|' +
  'emphasised|vowed|pledged|promised|maintained|maintains|contended|contends|disclosed|revealed|' +
  'suggested|suggests|indicated|indicates|saying|telling|claiming|arguing|insisting|warning';

/** Adverbs and auxiliaries between a speaker and the verb ("has denied", "also said"). */
export const SPEECH_AUX =
  'has|have|had|also|previously|repeatedly|publicly|reportedly|later|then|once|recently|already|' +
  'again|earlier|had\\s+previously|will|would|has\\s+long|have\\s+long|privately|separately|' +
  'is|are|was|were|been|keeps|kept';

/** Regex source: the channel after a verb of saying ("in a statement"). */
export const SPEECH_CHANNEL =
  '(?:\\s+(?:in|on|during|at)\\s+(?:a|an|the|his|her|its|their)\\s+' +
  '(?:(?:written|joint|televised|separate|emailed|phone|telephone|recent|brief|video)\\s+)?' +
  '(?:statement|interview|report|press\\s+release|news\\s+release|press\\s+conference|' +
  'news\\s+conference|briefing|letter|email|e-mail|tweet|post|speech|filing|video|message|' +
  'op-ed|memo|blog\\s+post|address|hearing|call)' +
  '|\\s+on\\s+(?:Twitter|X|Facebook|Telegram|Instagram|television|TV|radio|Truth\\s+Social))';
