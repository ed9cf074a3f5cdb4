import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import type { AttachmentQueries } from "../db/attachment-queries";
import type { ProfilePatch, ProfileQueries } from "../db/profile-queries";
import type { UserQueries } from "../db/user-queries";
import type { User } from "../entities/User";
import { badRequest, conflict, forbidden, notFound } from "../errors";
import { AVATAR_SIZES, type AvatarSize, avatarRendition, imageError } from "../media/images";
import type { UpdateProfileInput } from "../schemas";
import type { Storage } from "../storage/storage";
import type { ProfileEvents } from "./profile-events";
import { avatarVersion, userProfileOf } from "./profile-json";

/** How many times a change is tried again when another change of the same avatar landed first. */
const ATTEMPTS = 3;

const renditionKey = (avatarKey: string, size: AvatarSize) => `${avatarKey}-${AVATAR_SIZES[size]}`;

/** Who must not hear of a person's changes (the people they blocked). */
export interface ProfileAudienceFilter {
  hiddenFrom(subjectId: number): Promise<Set<number>>;
}

/** What `GET /api/users/:id/avatar` serves. */
export interface AvatarContent {
  stream: Readable;
  /** Changes whenever the avatar does: the URL's `v` and the ETag. */
  version: string;
}

/**
 * Display names, status lines and avatars. An avatar is made from an image the person uploaded:
 * its renditions are copies of their own (under a fresh key per change), so the upload may be sent,
 * deleted or swept without touching the avatar, and replacing the avatar frees the old copies.
 */
export class ProfileService {
  constructor(
    private readonly users: UserQueries,
    private readonly profiles: ProfileQueries,
    private readonly attachments: AttachmentQueries,
    private readonly storage: Storage,
    private readonly events: ProfileEvents,
    private readonly maxPixels: number,
    private readonly blocked: ProfileAudienceFilter,
  ) {}

  /** Applies the change and announces it; the person as they are now. */
  async update(userId: number, input: UpdateProfileInput): Promise<User> {
    const newAvatarKey = typeof input.avatar_attachment_id === "number" ? await this.renderAvatar(userId, input.avatar_attachment_id) : undefined;
    const patch: ProfilePatch = {
      ...(input.display_name !== undefined ? { displayName: input.display_name } : {}),
      ...(input.status_text !== undefined ? { statusText: input.status_text } : {}),
      ...(input.avatar_attachment_id !== undefined ? { avatarKey: newAvatarKey ?? null } : {}),
    };
    let written: { user: User; replacedKey: string | null };
    try {
      written = await this.write(userId, patch);
    } catch (error) {
      if (newAvatarKey) await this.deleteRenditions(newAvatarKey);
      throw error;
    }
    const { user, replacedKey } = written;
    if (replacedKey !== null && replacedKey !== user.avatarKey) await this.deleteRenditions(replacedKey);
    this.events.userUpdated(userProfileOf(user), [userId, ...(await this.audience(userId))]);
    return user;
  }

  /** Who sees the person live (partners, group co-members), less the people they blocked. */
  async audience(userId: number): Promise<number[]> {
    const hidden = await this.blocked.hiddenFrom(userId);
    return (await this.profiles.audience(userId)).filter((id) => !hidden.has(id));
  }

  /** The person as stored now, to `recipients` (an audience taken before a change that cut its ties: a deletion). */
  async announce(userId: number, recipients: readonly number[]): Promise<void> {
    const user = await this.users.findById(userId);
    if (user) this.events.userUpdated(userProfileOf(user), recipients);
  }

  /** The rendition's bytes; 404 when the person or their avatar is not there. */
  async avatar(userId: number, size: AvatarSize): Promise<AvatarContent> {
    const user = await this.users.findById(userId);
    if (!user?.avatarKey) throw notFound("No avatar");
    const stream = await this.storage.get(renditionKey(user.avatarKey, size));
    if (!stream) throw notFound("No avatar");
    return { stream, version: avatarVersion(user.avatarKey) };
  }

  /** The update, compare-and-set on the avatar key; with the key it replaced (its renditions are the caller's to free). */
  private async write(userId: number, patch: ProfilePatch): Promise<{ user: User; replacedKey: string | null }> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const before = await this.users.findById(userId);
      if (!before) throw notFound("User not found");
      if (await this.profiles.update(userId, patch, before.avatarKey)) {
        const after = await this.users.findById(userId);
        if (!after) throw notFound("User not found");
        return { user: after, replacedKey: patch.avatarKey !== undefined ? before.avatarKey : null };
      }
    }
    throw conflict("The profile changed at the same time: try again");
  }

  /** Both renditions of one of the caller's own image uploads, under a fresh key. */
  private async renderAvatar(userId: number, attachmentId: number): Promise<string> {
    const row = await this.attachments.findById(attachmentId);
    if (!row) throw notFound("avatar_attachment_id: attachment not found");
    if (Number(row.uploader_id) !== userId) throw forbidden("avatar_attachment_id: you can only use your own uploads");
    if (row.kind !== "image") throw badRequest("avatar_attachment_id: must be an image");
    const key = `avatar-${randomBytes(16).toString("hex")}`;
    try {
      for (const size of Object.keys(AVATAR_SIZES) as AvatarSize[]) {
        const source = await this.storage.get(row.storage_key);
        if (!source) throw notFound("avatar_attachment_id: attachment not found");
        const output = avatarRendition(source, AVATAR_SIZES[size], this.maxPixels);
        await this.storage.put(renditionKey(key, size), output.stream).catch((error: unknown) => {
          throw imageError(error);
        });
        await output.info.catch((error: unknown) => {
          throw imageError(error);
        });
      }
      return key;
    } catch (error) {
      await this.deleteRenditions(key);
      throw error;
    }
  }

  private async deleteRenditions(avatarKey: string): Promise<void> {
    await Promise.all((Object.keys(AVATAR_SIZES) as AvatarSize[]).map((size) => this.storage.delete(renditionKey(avatarKey, size))));
  }
}
