export type { GroupJson, GroupMemberJson, GroupSummaryJson } from "@chat-app/protocol";
