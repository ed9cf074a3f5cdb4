export { AttachmentChip, type AttachmentChipProps } from './AttachmentChip';
