import { type DataSource, In, type Repository } from "typeorm";
import { User } from "../entities/User";
import { notFound } from "../errors";

const SEARCH_LIMIT = 20;

export class UserService {
  private readonly users: Repository<User>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(User);
  }

  findById(id: number): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  async getById(id: number): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw notFound("User not found");
    return user;
  }

  /** People to talk to: case-insensitive substring match on the username, excluding the caller. */
  search(callerId: number, text: string): Promise<User[]> {
    const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.users
      .createQueryBuilder("user")
      .where("user.id != :callerId", { callerId })
      .andWhere("lower(user.username) LIKE :pattern ESCAPE '\\'", { pattern })
      .orderBy("lower(user.username)", "ASC")
      .limit(SEARCH_LIMIT)
      .getMany();
  }

  async touchLastSeen(userId: number, at: Date): Promise<void> {
    await this.users.update({ id: userId }, { lastSeenAt: at });
  }

  async lastSeen(userIds: number[]): Promise<Map<number, Date | null>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.users.find({ select: { id: true, lastSeenAt: true }, where: { id: In(userIds) } });
    return new Map(rows.map((user) => [user.id, user.lastSeenAt]));
  }
}
