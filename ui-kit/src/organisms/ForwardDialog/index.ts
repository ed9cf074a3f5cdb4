export { ForwardDialog, type ForwardDialogProps, type ForwardStatus, type ForwardTarget } from './ForwardDialog';
