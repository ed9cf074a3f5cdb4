import bcrypt from "bcrypt";

/**
 * bcrypt reads at most 72 bytes of a password; validation rejects longer passwords (see schemas)
 * so no two distinct passwords can collide on a shared prefix.
 */
export const BCRYPT_MAX_PASSWORD_BYTES = 72;

export class PasswordHasher {
  /** A real hash to compare against when the user does not exist, so both paths cost one bcrypt. */
  private readonly decoy: Promise<string>;

  constructor(private readonly cost: number) {
    this.decoy = bcrypt.hash("decoy password that matches nothing", cost);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.cost);
  }

  /** Compares in constant work whether or not a stored hash exists. */
  async verify(password: string, storedHash: string | undefined): Promise<boolean> {
    const matches = await bcrypt.compare(password, storedHash ?? (await this.decoy));
    return matches && storedHash !== undefined;
  }
}
