export { MessageBubble, MessageText, type MessageBubbleProps } from './MessageBubble';
