export { MentionSuggestions, type MentionSuggestionsProps, type MentionCandidate } from './MentionSuggestions';
