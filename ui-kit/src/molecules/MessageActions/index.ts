export { MessageActions, messageActionKeys, type MessageActionsProps, type MessageActionHandlers } from './MessageActions';
