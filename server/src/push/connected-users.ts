/** Who has a connected socket right now, on any process. */
export interface ConnectedUsers {
  connectedAmong(userIds: readonly number[]): Promise<Set<number>>;
}
