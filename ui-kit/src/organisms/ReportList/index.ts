export { ReportList, type ReportItem, type ReportListProps } from './ReportList';
