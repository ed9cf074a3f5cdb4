export { DateSeparator, type DateSeparatorProps } from './DateSeparator';
