export {
  suggestionsPlugin,
  suggestionsKey,
  openSuggestions,
  toggleSuggestions,
  acceptSuggestions,
  dismissSuggestions,
  moveToSuggestion,
  loadDismissed,
  type SuggestionsState,
  type SuggestionsAction,
  type SuggestionSpec,
} from './plugin.js';
