import { z } from "zod";
import { cleanText, idParamSchema, idSchema } from "./common";

export const MAX_GROUP_MEMBERS = 100;

const groupNameSchema = cleanText(z.string({ error: "must be a string" }))
  .transform((name) => name.trim())
  .pipe(z.string().min(1, "must not be empty").max(64, "must be at most 64 characters"));

const memberIdsSchema = z
  .array(idSchema, { error: "must be an array of user ids" })
  .min(1, "must name at least one person")
  .max(MAX_GROUP_MEMBERS - 1, `must name at most ${MAX_GROUP_MEMBERS - 1} people`);

export const createGroupSchema = z.object({ name: groupNameSchema, member_ids: memberIdsSchema });
export type CreateGroupInput = z.infer<typeof createGroupSchema>;
/** `PATCH /api/groups/:id`: a new name, whether every member may pin, or both. */
export const renameGroupSchema = z
  .object({ name: groupNameSchema.optional(), members_can_pin: z.boolean({ error: "must be true or false" }).optional() })
  .refine((input) => input.name !== undefined || input.members_can_pin !== undefined, "name or members_can_pin is required");
export type RenameGroupInput = z.infer<typeof renameGroupSchema>;
export const addMembersSchema = z.object({ member_ids: memberIdsSchema });
export type AddMembersInput = z.infer<typeof addMembersSchema>;
export const setRoleSchema = z.object({ role: z.enum(["admin", "member"], { error: 'must be "admin" or "member"' }) });
export type SetRoleInput = z.infer<typeof setRoleSchema>;
export const groupIdParamsSchema = z.object({ id: idParamSchema });
export const groupMemberParamsSchema = z.object({ id: idParamSchema, user_id: idParamSchema });
