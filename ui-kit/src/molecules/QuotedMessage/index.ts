export { QuotedMessage, type QuotedMessageProps } from './QuotedMessage';
