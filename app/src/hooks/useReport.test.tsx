/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import type { ChatMessage } from "@chat-app/ui-kit";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ChatApi } from "@chat-app/client";
import { apiAnswering, type Reply } from "../testing/fake-api";
import { useReport } from "./useReport";

const message: ChatMessage = { id: "m:40", authorId: 2, text: "Send me your password", timestamp: "2026-03-01T09:00:00.000Z" };

function Harness({ api, fail = jest.fn() }: { api: ChatApi; fail?: (error: unknown) => void }) {
  const report = useReport(api, { serverId: (id) => (id === "m:40" ? 40 : undefined), authorName: () => "bob", fail });
  return (
    <>
      <button type="button" onClick={() => report.onReport(message)}>
        Report it
      </button>
      {report.dialog}
    </>
  );
}

describe("useReport", () => {
  it("sends the reason for the message's server id and thanks the person", async () => {
    const { api, asked } = apiAnswering({
      "POST /api/messages/40/report": { status: 201, body: { report: { id: 1, message_id: 40, created_at: "x" } } },
    });
    render(<Harness api={api} />);
    await userEvent.click(screen.getByRole("button", { name: "Report it" }));
    await userEvent.type(await screen.findByRole("textbox", { name: "Reason" }), "Phishing");
    await userEvent.click(screen.getByRole("button", { name: "Report" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Reported. Thank you — an admin will look at it.");
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(asked).toEqual(["POST /api/messages/40/report"]);
  });

  it("shows the server's refusal and lets the person try again", async () => {
    const replies: Reply[] = [
      { status: 409, body: { error: "You already reported this message" } },
      { status: 201, body: { report: { id: 1, message_id: 40, created_at: "x" } } },
    ];
    const { api, asked } = apiAnswering({ "POST /api/messages/40/report": () => replies.shift()! });
    render(<Harness api={api} />);
    await userEvent.click(screen.getByRole("button", { name: "Report it" }));
    await userEvent.type(await screen.findByRole("textbox", { name: "Reason" }), "Again");
    await userEvent.click(screen.getByRole("button", { name: "Report" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("You already reported this message");
    await userEvent.click(screen.getByRole("button", { name: "Report" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Reported."));
    expect(asked).toEqual(["POST /api/messages/40/report", "POST /api/messages/40/report"]);
  });

  it("hands a 401 to the session", async () => {
    const fail = jest.fn();
    const { api } = apiAnswering({ "POST /api/messages/40/report": { status: 401, body: { error: "Missing, invalid or expired token" } } });
    render(<Harness api={api} fail={fail} />);
    await userEvent.click(screen.getByRole("button", { name: "Report it" }));
    await userEvent.type(await screen.findByRole("textbox", { name: "Reason" }), "x");
    await userEvent.click(screen.getByRole("button", { name: "Report" }));
    await waitFor(() => expect(fail).toHaveBeenCalled());
  });
});
