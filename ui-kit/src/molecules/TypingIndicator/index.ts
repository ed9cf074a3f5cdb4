export { TypingIndicator, typingText, type TypingIndicatorProps } from './TypingIndicator';
