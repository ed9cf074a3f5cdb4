import type { UserQueries } from "../db/user-queries";
import type { User } from "../entities/User";

const SEARCH_LIMIT = 20;

/** Looking people up: by id for every request, by name to start a conversation, and last-seen times. */
export class UserService {
  constructor(private readonly users: UserQueries) {}

  findById(id: number): Promise<User | null> {
    return this.users.findById(id);
  }

  /** People to talk to: case-insensitive substring match on the username or display name, excluding the caller. */
  search(callerId: number, text: string): Promise<User[]> {
    return this.users.search(callerId, text, SEARCH_LIMIT);
  }

  touchLastSeen(userId: number, at: Date): Promise<void> {
    return this.users.touchLastSeen(userId, at);
  }

  lastSeen(userIds: number[]): Promise<Map<number, Date | null>> {
    return this.users.lastSeen(userIds);
  }
}
