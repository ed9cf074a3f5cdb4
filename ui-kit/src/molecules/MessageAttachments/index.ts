export { MessageAttachments, type MessageAttachmentsProps } from './MessageAttachments';
export { formatDuration } from './duration';
