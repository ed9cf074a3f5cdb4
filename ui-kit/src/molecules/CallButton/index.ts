export { CallButton, type CallButtonProps, type CallMedia } from './CallButton';
