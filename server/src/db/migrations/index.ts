import { CreateUsersAndMessages1764000000000 } from "./1764000000000-CreateUsersAndMessages";

/** Every migration, oldest first. Listed explicitly so the compiled server needs no file globbing. */
export const migrations = [CreateUsersAndMessages1764000000000];
