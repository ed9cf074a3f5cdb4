export { ChatPage, type ChatPageProps, type ChatPagePane } from './ChatPage';
