export { Timestamp, type TimestampProps, type TimestampFormat } from './Timestamp';
