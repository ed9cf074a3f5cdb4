export { CallNotice, type CallNoticeProps, type CallOutcome } from './CallNotice';
