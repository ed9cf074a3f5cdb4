export { CallControls, type CallControlsProps } from './CallControls';
