/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { apiAnswering, type Reply } from "../testing/fake-api";
import { AdminReports } from "./AdminReports";

const person = (id: number, username: string) => ({ id, username, display_name: null, avatar_url: null, status_text: null });
const report = (id: number, reason: string, text: string) => ({
  id,
  reason,
  created_at: "2026-03-01T10:00:00.000Z",
  reporter: person(1, "alice"),
  sender: { ...person(2, "bob"), deactivated: false },
  message: { id: 40 + id, text, sent_at: "2026-03-01T09:00:00.000Z", deleted: false },
  conversation: { receiver_id: 1, group_id: null },
});

describe("AdminReports", () => {
  it("lists the reports newest first and loads the next keyset page", async () => {
    const pages: Reply[] = [
      { status: 200, body: { reports: [report(3, "Phishing", "Send me your password")], next_before: 3 } },
      { status: 200, body: { reports: [report(1, "Spam", "Buy watches")], next_before: null } },
    ];
    const { api, asked } = apiAnswering({ "GET /api/admin/reports": () => pages.shift()! });
    render(<AdminReports api={api} onUnauthorized={jest.fn()} />);
    const list = await screen.findByRole("list", { name: "Reports" });
    expect(within(list).getByRole("listitem")).toHaveTextContent("PhishingReported by alice");
    expect(within(list).getByRole("listitem")).toHaveTextContent("Send me your password");
    expect(within(list).getByRole("listitem")).toHaveTextContent("Sent by bob");
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(2));
    expect(within(list).getAllByRole("listitem")[1]).toHaveTextContent("Buy watches");
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(asked).toEqual(["GET /api/admin/reports", "GET /api/admin/reports"]);
  });

  it("deactivates a sender after a confirmation, shows it, and reactivates them", async () => {
    const { api, asked } = apiAnswering({
      "GET /api/admin/reports": { status: 200, body: { reports: [report(3, "Phishing", "x"), report(2, "Rude", "y")], next_before: null } },
      "POST /api/admin/users/2/deactivate": { status: 204 },
      "POST /api/admin/users/2/reactivate": { status: 204 },
    });
    render(<AdminReports api={api} onUnauthorized={jest.fn()} />);
    await userEvent.click((await screen.findAllByRole("button", { name: "Deactivate bob" }))[0]!);
    const confirm = screen.getByRole("alertdialog", { name: "Deactivate bob?" });
    expect(within(confirm).getByRole("button", { name: "Cancel" })).toHaveFocus();
    expect(asked).not.toContain("POST /api/admin/users/2/deactivate");
    await userEvent.click(within(confirm).getByRole("button", { name: "Deactivate" }));
    // Every report of theirs shows it.
    await waitFor(() => expect(screen.getAllByText("Deactivated")).toHaveLength(2));
    await userEvent.click(screen.getAllByRole("button", { name: "Reactivate bob" })[0]!);
    await userEvent.click(within(screen.getByRole("alertdialog", { name: "Reactivate bob?" })).getByRole("button", { name: "Reactivate" }));
    await waitFor(() => expect(screen.queryByText("Deactivated")).toBeNull());
    expect(asked).toContain("POST /api/admin/users/2/reactivate");
  });

  it("shows the server's refusal in its words", async () => {
    const { api } = apiAnswering({
      "GET /api/admin/reports": { status: 200, body: { reports: [report(3, "Phishing", "x")], next_before: null } },
      "POST /api/admin/users/2/deactivate": { status: 400, body: { error: "You cannot deactivate your own account" } },
    });
    render(<AdminReports api={api} onUnauthorized={jest.fn()} />);
    await userEvent.click(await screen.findByRole("button", { name: "Deactivate bob" }));
    await userEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Deactivate" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("You cannot deactivate your own account");
    expect(screen.queryByText("Deactivated")).toBeNull();
  });

  it("tells someone not an admin that only admins see this page, and a 401 ends the session", async () => {
    const forbidden = apiAnswering({ "GET /api/admin/reports": { status: 403, body: { error: "Only the instance's admins may do this" } } });
    const { unmount } = render(<AdminReports api={forbidden.api} onUnauthorized={jest.fn()} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Only admins can see this page.");
    expect(screen.queryByRole("list")).toBeNull();
    unmount();
    const onUnauthorized = jest.fn();
    const expired = apiAnswering({ "GET /api/admin/reports": { status: 401, body: { error: "Missing, invalid or expired token" } } });
    render(<AdminReports api={expired.api} onUnauthorized={onUnauthorized} />);
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalled());
  });
});
