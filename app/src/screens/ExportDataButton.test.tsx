/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { ChatApi } from "@chat-app/client";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExportDataButton } from "./ExportDataButton";

type Answer = { status: number; text: string; headers: Record<string, string> };

/** A fetch answering the export route (jsdom has no Response: what the download reads of one). */
function exportApi(answers: Answer[], served: Blob[] = []) {
  const fetchImpl: typeof fetch = () => {
    const answer = answers.shift()!;
    const response = {
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      headers: { get: (name: string) => answer.headers[name.toLowerCase()] ?? null },
      json: () => Promise.resolve(JSON.parse(answer.text) as unknown),
      blob: () => {
        const blob = new Blob([answer.text], { type: "application/json" });
        served.push(blob);
        return Promise.resolve(blob);
      },
    };
    return Promise.resolve(response as unknown as Response);
  };
  return new ChatApi("http://chat.test", "tok", fetchImpl);
}

describe("ExportDataButton", () => {
  const created: Blob[] = [];
  const saved: string[] = [];
  beforeEach(() => {
    created.length = 0;
    saved.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:chat-export";
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it("fetches the export, saves it under the server's file name and says so", async () => {
    const served: Blob[] = [];
    const api = exportApi(
      [
        {
          status: 200,
          text: '{"format":"chat-export/1"}',
          headers: { "content-disposition": 'attachment; filename="chat-export-ada-2026-12-03.json"' },
        },
      ],
      served,
    );
    render(<ExportDataButton api={api} onUnauthorized={jest.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Export my data" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Your data was downloaded as chat-export-ada-2026-12-03.json.");
    expect(saved).toEqual(["chat-export-ada-2026-12-03.json blob:chat-export"]);
    // The very bytes the server sent are what the browser saves.
    expect(created).toEqual(served);
    expect(created[0]).toBe(served[0]);
    expect(screen.getByRole("button", { name: "Export my data" })).not.toHaveAttribute("aria-busy");
  });

  it("says when it may be asked again after a 429, and hands a 401 to onUnauthorized", async () => {
    const api = exportApi([
      { status: 429, text: '{"error":"Too many exports"}', headers: { "retry-after": "42" } },
      { status: 401, text: '{"error":"Missing, invalid or expired token"}', headers: {} },
    ]);
    const onUnauthorized = jest.fn();
    render(<ExportDataButton api={api} onUnauthorized={onUnauthorized} />);
    await userEvent.click(screen.getByRole("button", { name: "Export my data" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("You can export once a minute. Try again in 42 s.");
    await userEvent.click(screen.getByRole("button", { name: "Export my data" }));
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
  });
});
