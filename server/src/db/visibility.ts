/**
 * The messages a user may read, as a SQL condition on `messages` alias `m` with a `:userId`
 * parameter: their direct conversations, and the groups they are a member of now (not those they
 * left or were removed from).
 */
export const VISIBLE_TO_USER = `((m."group_id" IS NULL AND (m."sender_id" = :userId OR m."receiver_id" = :userId))
    OR m."group_id" IN (SELECT gm."group_id" FROM "group_members" gm WHERE gm."user_id" = :userId))`;
