import type { BlocksPage } from "@chat-app/protocol";
import type { BlockQueries } from "../db/block-queries";
import { isForeignKeyViolation } from "../db/errors";
import { badRequest, forbidden, notFound } from "../errors";
import { userProfileOf } from "./profile-json";

/** A message or call to a deleted account: nobody is there any more. */
const DELETED_ACCOUNT = "This account was deleted: it can no longer receive messages or calls";

/** What the socket layer does when a block starts or ends (presence shown or hidden live). */
export interface BlockEvents {
  blockChanged(blockerId: number, blockedId: number, blocked: boolean): void;
}

const NO_EVENTS: BlockEvents = { blockChanged() {} };

/**
 * Blocking, one-directional in what it hides and two-directional in what it refuses: someone you
 * blocked cannot message you or add you to a group, nor see your presence, typing, receipts or
 * profile changes; you cannot message or add them either until you unblock (the 403 says so). The
 * blocked person is never told beyond their 403, which reads like any other refusal.
 * Nothing is cached: every check is one index lookup, so a block holds at once on every process.
 */
export class BlockService {
  private events: BlockEvents = NO_EVENTS;

  constructor(
    private readonly queries: BlockQueries,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The socket layer, once it exists (it is built after the services). */
  announceWith(events: BlockEvents): void {
    this.events = events;
  }

  /** Idempotent: blocking again keeps the first block. 400 for oneself, 404 for nobody. */
  async block(blockerId: number, userId: number): Promise<void> {
    if (userId === blockerId) throw badRequest("user_id: you cannot block yourself");
    try {
      await this.queries.insert(blockerId, userId, this.clock());
    } catch (error) {
      if (isForeignKeyViolation(error)) throw notFound("User not found");
      throw error;
    }
    this.events.blockChanged(blockerId, userId, true);
  }

  /** Idempotent: 204 whether or not there was a block (or such a person). 400 for oneself. */
  async unblock(blockerId: number, userId: number): Promise<void> {
    if (userId === blockerId) throw badRequest("user_id: you cannot block yourself");
    await this.queries.remove(blockerId, userId);
    this.events.blockChanged(blockerId, userId, false);
  }

  async list(blockerId: number): Promise<BlocksPage> {
    const rows = await this.queries.listBlockedBy(blockerId);
    return {
      blocks: rows.map((row) => ({
        user: userProfileOf({
          id: Number(row.id),
          username: row.username,
          displayName: row.display_name,
          statusText: row.status_text,
          avatarKey: row.avatar_key,
        }),
        created_at: new Date(Number(row.created_at)).toISOString(),
      })),
    };
  }

  /** 403 when either person blocked the other; the blocked one learns nothing more than "cannot". */
  async requireCanMessage(senderId: number, receiverId: number): Promise<void> {
    if (senderId === receiverId) return;
    const { blocks, bDeleted } = await this.queries.between(senderId, receiverId);
    if (bDeleted) throw notFound(DELETED_ACCOUNT);
    if (blocks.some((block) => block.blockerId === senderId)) throw forbidden("You blocked this person: unblock them to send them messages");
    if (blocks.length > 0) throw forbidden("You cannot send messages to this person");
  }

  /** 403 when either person blocked the other: a call is a way of reaching someone too. */
  async requireCanCall(callerId: number, calleeId: number): Promise<void> {
    const { blocks, bDeleted } = await this.queries.between(callerId, calleeId);
    if (bDeleted) throw notFound(DELETED_ACCOUNT);
    if (blocks.some((block) => block.blockerId === callerId)) throw forbidden("You blocked this person: unblock them to call them");
    if (blocks.length > 0) throw forbidden("You cannot call this person");
  }

  /** 403 when the person adding and any of those added blocked one another. */
  async requireCanAdd(actorId: number, userIds: readonly number[]): Promise<void> {
    const wanted = new Set(userIds);
    const blocks = await this.queries.involving(actorId);
    if (blocks.some((block) => block.blockerId === actorId && wanted.has(block.blockedId))) {
      throw forbidden("You blocked someone you are adding: unblock them first");
    }
    if (blocks.some((block) => block.blockedId === actorId && wanted.has(block.blockerId))) throw forbidden("You cannot add this person to a group");
  }

  /** The people this user blocked: they must not see the user's presence, typing, receipts or profile changes. */
  async hiddenFrom(subjectId: number): Promise<Set<number>> {
    return new Set(await this.queries.blockedBy(subjectId));
  }

  /** The people this user blocked: their messages reach the user flagged `sender_blocked`. */
  blockedBy(userId: number): Promise<Set<number>> {
    return this.hiddenFrom(userId);
  }

  /** The people who blocked this user: their copies of the user's messages carry `sender_blocked`. */
  async blockersOf(userId: number): Promise<Set<number>> {
    return new Set(await this.queries.blockersOf(userId));
  }

  /** Whether the viewer may see the subject's presence, typing, receipts and profile changes (the hook for `user:updated`). */
  async canSee(viewerId: number, subjectId: number): Promise<boolean> {
    if (viewerId === subjectId) return true;
    return !(await this.queries.between(viewerId, subjectId)).blocks.some((block) => block.blockerId === subjectId);
  }

  /** Whether either of the two blocked the other. */
  async between(a: number, b: number): Promise<boolean> {
    return a !== b && (await this.queries.between(a, b)).blocks.length > 0;
  }

  /** Everyone with a block either way with this user: typing goes to none of them. */
  async eitherWay(userId: number): Promise<Set<number>> {
    return new Set((await this.queries.involving(userId)).map((block) => (block.blockerId === userId ? block.blockedId : block.blockerId)));
  }
}
