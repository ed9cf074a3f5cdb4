export { MessageList, type MessageListProps } from './MessageList';
export { buildRows, type MessageListRow } from './buildRows';
