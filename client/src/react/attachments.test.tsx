/** @jest-environment jsdom */
import { act, render } from "@testing-library/react";
import type { PendingAttachment } from "../attachments/attachment-types";
import type { UploadRequest, UploadResponse } from "../attachments/upload-transport";
import { ChatClient } from "../ChatClient";
import { userKey } from "../keys";
import type { OutboxEntry } from "../outbox";
import { type PendingAttachmentsControls, usePendingAttachments } from "./attachments";

describe("usePendingAttachments", () => {
  let client: ChatClient;
  let answer: ((response: UploadResponse) => void) | undefined;
  beforeEach(() => {
    // Never connects; each upload waits for the test to answer it.
    const transport = { send: (_request: UploadRequest) => new Promise<UploadResponse>((resolve) => (answer = resolve)) };
    client = new ChatClient({
      baseUrl: "http://127.0.0.1:9",
      token: "t",
      userId: 1,
      socketOptions: { autoConnect: false },
      uploadTransport: transport,
    });
  });
  afterEach(() => client.close());

  function renderComposer() {
    const seen: PendingAttachmentsControls[] = [];
    function Probe() {
      seen.push(usePendingAttachments(client, userKey(2)));
      return null;
    }
    render(<Probe />);
    return seen;
  }
  const shown = (controls: PendingAttachmentsControls | undefined) => controls?.attachments.map((a: PendingAttachment) => [a.name, a.status]);

  it("gives the composer its chips and callbacks: add uploads at once, uploaded shows, remove drops it", async () => {
    const seen = renderComposer();
    expect(shown(seen.at(-1))).toEqual([]);
    act(() => seen.at(-1)?.add([new File(["x"], "x.png", { type: "image/png" })]));
    expect(seen.at(-1)?.attachments[0]).toMatchObject({ name: "x.png", size: 1, type: "image/png", status: "uploading", progress: 0 });

    const renders = seen.length;
    act(() => void client.send(userKey(3), "elsewhere"));
    expect(seen).toHaveLength(renders);

    await act(async () => {
      answer?.({ status: 201, body: { attachment: { id: 5 } } });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(seen.at(-1)?.attachments[0]).toMatchObject({ status: "uploaded", progress: 1, attachment_id: 5 });

    const id = seen.at(-1)!.attachments[0]!.id;
    act(() => seen.at(-1)?.remove(id));
    expect(shown(seen.at(-1))).toEqual([]);
  });

  it("sends the draft's files with the text as one queued message", () => {
    const seen = renderComposer();
    act(() => seen.at(-1)?.add([new File(["x"], "a.pdf", { type: "application/pdf" })]));
    let entry: OutboxEntry | undefined;
    act(() => void (entry = seen.at(-1)?.send("with a file")));
    expect(entry).toMatchObject({ receiver_id: 2, message_content: "with a file", attachments: [{ name: "a.pdf" }] });
    expect(shown(seen.at(-1))).toEqual([]);
    expect(client.entryAttachments(entry!)).toMatchObject([{ name: "a.pdf", status: "uploading" }]);
  });

  it("keeps its callbacks while the files change, so a memoised composer is not re-rendered by them", async () => {
    const seen = renderComposer();
    const first = seen.at(-1)!;
    act(() => first.add([new File(["x"], "x.png", { type: "image/png" })]));
    await act(async () => {
      answer?.({ status: 201, body: { attachment: { id: 6 } } });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const last = seen.at(-1)!;
    expect(last.attachments).not.toBe(first.attachments);
    for (const name of ["add", "remove", "retry", "send"] as const) expect(last[name]).toBe(first[name]);
  });
});
