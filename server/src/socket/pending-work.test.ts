import { PendingWork } from "./pending-work";

describe("PendingWork", () => {
  it("drains what was tracked, including work tracked while it waited, and forgets failures", async () => {
    const work = new PendingWork();
    const done: string[] = [];
    let releaseFirst!: () => void;
    work.track(
      new Promise<void>((resolve) => {
        releaseFirst = resolve;
      }).then(() => {
        done.push("first");
        work.track(new Promise<void>((resolve) => setTimeout(resolve, 10)).then(() => done.push("second")));
      }),
    );
    work.track(Promise.reject(new Error("already logged by its owner")));
    const drained = work.drain().then(() => done.push("drained"));
    releaseFirst();
    await drained;
    expect(done).toEqual(["first", "second", "drained"]);
  });

  it("resolves at once when nothing runs", async () => {
    await expect(new PendingWork().drain()).resolves.toBeUndefined();
  });
});
