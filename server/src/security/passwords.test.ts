import bcrypt from "bcrypt";
import { PasswordHasher } from "./passwords";

describe("PasswordHasher", () => {
  const hasher = new PasswordHasher(10);

  it("hashes with bcrypt at the configured cost and verifies", async () => {
    const hash = await hasher.hash("correct horse");
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(await hasher.verify("correct horse", hash)).toBe(true);
    expect(await hasher.verify("wrong horse", hash)).toBe(false);
  });

  it("does a full bcrypt comparison even when there is no user, so timing does not reveal who exists", async () => {
    const compare = jest.spyOn(bcrypt, "compare");
    expect(await hasher.verify("anything", undefined)).toBe(false);
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare.mock.calls[0]?.[1]).toMatch(/^\$2[aby]\$10\$/);
    compare.mockRestore();
  });
});
