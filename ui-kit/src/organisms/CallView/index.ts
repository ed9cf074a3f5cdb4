export { CallView, type CallViewProps } from './CallView';
export type { CallLayout } from './CallStage';
export type { CallParticipant, CallState } from './types';
