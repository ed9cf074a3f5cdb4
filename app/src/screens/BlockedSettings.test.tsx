/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { apiAnswering } from "../testing/fake-api";
import BlockedSettings from "./BlockedSettings";

const at = "2026-03-01T10:00:00.000Z";
const person = (id: number, username: string, display_name: string | null) => ({
  user: { id, username, display_name, avatar_url: null, status_text: null },
  created_at: at,
});
const blocks = [person(4, "bob", null), person(7, "grace", "Grace Hopper")];

describe("BlockedSettings", () => {
  it("lists the people I blocked and unblocks one", async () => {
    const onChanged = jest.fn();
    const { api, asked } = apiAnswering({ "GET /api/blocks": { status: 200, body: { blocks } }, "DELETE /api/blocks/7": { status: 204 } });
    render(<BlockedSettings api={api} onUnauthorized={jest.fn()} onChanged={onChanged} />);
    const list = await screen.findByRole("list", { name: "Blocked people" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((row) => row.textContent),
    ).toEqual(["bob Unblock", "Grace Hopper (@grace) Unblock"]);
    await userEvent.click(screen.getByRole("button", { name: "Unblock Grace Hopper" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(1));
    expect(asked).toContain("DELETE /api/blocks/7");
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it("says when nobody is blocked", async () => {
    const { api } = apiAnswering({ "GET /api/blocks": { status: 200, body: { blocks: [] } } });
    render(<BlockedSettings api={api} onUnauthorized={jest.fn()} />);
    expect(await screen.findByText("You haven't blocked anyone.")).toBeInTheDocument();
  });

  it("says when an unblock fails, and keeps the person listed", async () => {
    const { api } = apiAnswering({
      "GET /api/blocks": { status: 200, body: { blocks } },
      "DELETE /api/blocks/4": { status: 500, body: { error: "boom" } },
    });
    render(<BlockedSettings api={api} onUnauthorized={jest.fn()} />);
    await userEvent.click(await screen.findByRole("button", { name: "Unblock bob" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Couldn't unblock them. Try again.");
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });

  it("hands a 401 to onUnauthorized", async () => {
    const onUnauthorized = jest.fn<void, [unknown]>();
    const { api } = apiAnswering({ "GET /api/blocks": { status: 401, body: { error: "Missing, invalid or expired token" } } });
    render(<BlockedSettings api={api} onUnauthorized={onUnauthorized} />);
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
  });
});
