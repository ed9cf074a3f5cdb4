export { GroupMembersPanel, type GroupMembersPanelProps } from './GroupMembersPanel';
