export { REPORT_REASON_MAX, ReportDialog, type ReportDialogProps, type ReportStatus } from './ReportDialog';
