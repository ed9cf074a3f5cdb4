/** Every socket of a user joins this room, so "send to the user" reaches all their tabs. */
export const userRoom = (userId: number) => `user:${userId}`;
