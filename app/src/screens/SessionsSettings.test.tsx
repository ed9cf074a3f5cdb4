/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { apiAnswering } from "../testing/fake-api";
import { SessionsSettings } from "./SessionsSettings";

const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const iphone =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const at = "2026-03-01T10:00:00.000Z";
const sessions = [
  { id: 5, user_agent: firefox, created_at: at, last_used_at: at, current: false },
  { id: 9, user_agent: chrome, created_at: at, last_used_at: at, current: true },
  { id: 11, user_agent: iphone, created_at: at, last_used_at: at, current: false },
];

const rows = () => within(screen.getByRole("list", { name: "Sessions" })).getAllByRole("listitem");

describe("SessionsSettings", () => {
  it("lists this device first, then signs one other session out and keeps focus in the list", async () => {
    const { api, asked } = apiAnswering({ "GET /api/sessions": { status: 200, body: { sessions } }, "DELETE /api/sessions/5": { status: 204 } });
    render(<SessionsSettings api={api} onUnauthorized={jest.fn()} />);
    await screen.findByRole("list", { name: "Sessions" });
    expect(rows().map((row) => row.getAttribute("data-id"))).toEqual(["9", "5", "11"]);
    expect(rows()[0]).toHaveTextContent("This device");
    await userEvent.click(screen.getByRole("button", { name: "Sign out Firefox on Windows" }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(asked).toContain("DELETE /api/sessions/5");
    expect(screen.getByRole("region", { name: "Sessions" })).toHaveFocus();
  });

  it("signs out all other sessions, leaving only this device", async () => {
    const { api } = apiAnswering({
      "GET /api/sessions": { status: 200, body: { sessions } },
      "POST /api/sessions/revoke-others": { status: 200, body: { revoked: 2 } },
    });
    render(<SessionsSettings api={api} onUnauthorized={jest.fn()} />);
    await userEvent.click(await screen.findByRole("button", { name: "Sign out all other sessions" }));
    await screen.findByText("No other sessions are signed in.");
    expect(rows()).toHaveLength(1);
    expect(screen.queryByRole("button", { name: /Sign out/ })).toBeNull();
  });

  it("says when signing out failed, and treats a session already gone (404) as signed out", async () => {
    const { api } = apiAnswering({
      "GET /api/sessions": { status: 200, body: { sessions } },
      "DELETE /api/sessions/5": { status: 500, body: { error: "boom" } },
      "DELETE /api/sessions/11": { status: 404, body: { error: "No such session" } },
    });
    render(<SessionsSettings api={api} onUnauthorized={jest.fn()} />);
    await userEvent.click(await screen.findByRole("button", { name: "Sign out Firefox on Windows" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Couldn't sign that session out. Try again.");
    expect(rows()).toHaveLength(3);
    await userEvent.click(screen.getByRole("button", { name: "Sign out Safari on iOS" }));
    await waitFor(() => expect(rows()).toHaveLength(2));
  });

  it("hands a 401 (this session was signed out elsewhere) to onUnauthorized", async () => {
    const onUnauthorized = jest.fn<void, [unknown]>();
    const { api } = apiAnswering({ "GET /api/sessions": { status: 401, body: { error: "Missing, invalid or expired token" } } });
    render(<SessionsSettings api={api} onUnauthorized={onUnauthorized} />);
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    expect(onUnauthorized.mock.calls[0]?.[0]).toMatchObject({ status: 401 });
  });

  it("offers to try again when the list did not load", async () => {
    let answers = 0;
    const { api } = apiAnswering({
      "GET /api/sessions": () => (answers++ === 0 ? { status: 503, body: { error: "down" } } : { status: 200, body: { sessions } }),
    });
    render(<SessionsSettings api={api} onUnauthorized={jest.fn()} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Couldn't load your sessions. Try again.");
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("list", { name: "Sessions" });
  });
});
