export { IncomingCall, type IncomingCallProps } from './IncomingCall';
