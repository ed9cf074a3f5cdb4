export { MessageBubble, type MessageBubbleProps } from './MessageBubble';
export { MessageText } from './MessageText';
