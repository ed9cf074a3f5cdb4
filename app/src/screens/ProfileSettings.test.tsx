/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { ChatClient, type UserJson } from "@chat-app/client";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { apiAnswering, type Reply } from "../testing/fake-api";
import { ProfileSettings } from "./ProfileSettings";

const me: UserJson = { id: 1, username: "ada", display_name: null, avatar_url: null, status_text: null };

function clientAnswering(routes: Record<string, Reply | (() => Reply)>) {
  const { fetchImpl, asked } = apiAnswering(routes);
  const client = new ChatClient({ baseUrl: "http://chat.test", token: "tok", userId: 1, fetch: fetchImpl, socketOptions: { autoConnect: false } });
  return { client, asked };
}

describe("ProfileSettings", () => {
  it("saves the display name and status, says so, and shows the server's refusal", async () => {
    const replies: Reply[] = [
      { status: 429, body: { error: "Too many requests" } },
      { status: 200, body: { user: { ...me, display_name: "Ada Lovelace", status_text: "Counting" } } },
    ];
    const { client, asked } = clientAnswering({ "PATCH /api/me": () => replies.shift()! });
    render(<ProfileSettings client={client} me={me} token="tok" onUnauthorized={jest.fn()} />);
    expect(screen.getByRole("region", { name: "Profile" })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Display name"), "Ada Lovelace");
    await userEvent.type(screen.getByLabelText("Status"), "Counting");
    await userEvent.click(screen.getByRole("button", { name: "Save profile" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Couldn't save the profile. Too many requests");
    await userEvent.click(screen.getByRole("button", { name: "Save profile" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Profile saved.");
    expect(asked).toEqual(["PATCH /api/me", "PATCH /api/me"]);
    expect(client.profile(1)?.display_name).toBe("Ada Lovelace");
    expect(screen.getByRole("img", { name: "Ada Lovelace" })).toBeInTheDocument();
    client.close();
  });

  it("goes back to log-in on a 401", async () => {
    const { client } = clientAnswering({ "PATCH /api/me": { status: 401, body: { error: "Session ended" } } });
    const onUnauthorized = jest.fn();
    render(<ProfileSettings client={client} me={me} token="tok" onUnauthorized={onUnauthorized} />);
    await userEvent.click(screen.getByRole("button", { name: "Save profile" }));
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalled());
    client.close();
  });
});
