export { SystemNotice, type SystemNoticeProps } from './SystemNotice';
