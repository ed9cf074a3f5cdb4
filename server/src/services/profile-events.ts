import type { UserProfileJson } from "@chat-app/protocol";

/**
 * What ProfileService announces after a profile change is committed, and to whom (user ids: every
 * connection of each). The socket layer implements it through rooms and the adapter, so it reaches
 * every process.
 */
export interface ProfileEvents {
  userUpdated(user: UserProfileJson, recipients: readonly number[]): void;
}
