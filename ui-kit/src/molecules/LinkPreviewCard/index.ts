export { LinkPreviewCard, type LinkPreviewCardProps } from './LinkPreviewCard';
