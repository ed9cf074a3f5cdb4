export { EmojiPicker, type EmojiPickerProps } from './EmojiPicker';
export type { EmojiEntry } from './emojiData';
