export { EmojiPickerLoading, FREQUENT_REACTIONS, ReactionPicker, type ReactionPickerProps } from './ReactionPicker';
