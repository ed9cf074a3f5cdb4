export { MessageActions, messageActionKeys, type MessageActionsProps, type MessageActionHandlers, type MessageActionKey } from './MessageActions';
