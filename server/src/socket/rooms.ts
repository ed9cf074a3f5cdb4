/** Every socket of a user joins this room, so "send to the user" reaches all their tabs. */
export const userRoom = (userId: number) => `user:${userId}`;

/** Every socket opened with a session's token joins this room, so revoking the session reaches them on any process. */
export const sessionRoom = (sessionId: number) => `session:${sessionId}`;
