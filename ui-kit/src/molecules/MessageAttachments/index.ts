export { MessageAttachments, type MessageAttachmentsProps } from './MessageAttachments';
export { formatDuration } from '../../utils/formatDuration';
