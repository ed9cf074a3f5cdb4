export { BlockedMessage, type BlockedMessageProps } from './BlockedMessage';
