export { ChatList, type ChatListProps } from './ChatList';
