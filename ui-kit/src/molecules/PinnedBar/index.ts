export { PinnedBar, type PinnedBarProps, type PinnedMessage } from './PinnedBar';
