import type { GroupRole } from "../entities/GroupMember";

export interface GroupMemberJson {
  id: number;
  username: string;
  role: GroupRole;
}

export interface GroupJson {
  id: number;
  name: string;
  /** Null once the creator's account is gone. */
  created_by: number | null;
  created_at: string;
  members: GroupMemberJson[];
}

/** A group as a conversation-list row shows it. */
export interface GroupSummaryJson {
  id: number;
  name: string;
  member_count: number;
}
