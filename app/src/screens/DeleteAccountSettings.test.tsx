/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { apiAnswering, type Reply } from "../testing/fake-api";
import { DeleteAccountSettings } from "./DeleteAccountSettings";

async function confirm(password: string) {
  const field = screen.getByLabelText("Password");
  await userEvent.clear(field);
  await userEvent.type(field, password);
  await userEvent.click(screen.getByRole("button", { name: "Delete my account" }));
}

describe("DeleteAccountSettings", () => {
  it("names what will happen, shows a wrong password under the field, and leaves once deleted", async () => {
    const replies: Reply[] = [{ status: 403, body: { error: "password is wrong" } }, { status: 204 }];
    const { api, asked } = apiAnswering({
      "DELETE /api/me": () => replies.shift()!,
      "GET /api/config": { status: 200, body: { password_reset: false, email_verification: false, username_hold_days: 30 } },
    });
    const onDeleted = jest.fn();
    render(<DeleteAccountSettings api={api} onUnauthorized={jest.fn()} onDeleted={onDeleted} />);
    const region = screen.getByRole("region", { name: "Delete account" });
    expect(region).toHaveTextContent("Your account and all your sessions end at once");
    expect(region).toHaveTextContent("text included");
    expect(region).toHaveTextContent("Files and pictures you uploaded are deleted.");
    // How long, once the server said it.
    await waitFor(() => expect(region).toHaveTextContent("Your username stays reserved for 30 days"));

    await confirm("not it");
    const field = screen.getByLabelText("Password");
    await waitFor(() => expect(field).toHaveAccessibleDescription("The password is wrong."));
    expect(field).toHaveFocus();
    expect(onDeleted).not.toHaveBeenCalled();

    await confirm("plum lantern orbit");
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(asked).toEqual(["GET /api/config", "DELETE /api/me", "DELETE /api/me"]);
  });

  it("says when to try again after too many attempts, and hands a 401 to onUnauthorized", async () => {
    const replies: Reply[] = [
      { status: 429, body: { error: "Too many attempts" } },
      { status: 401, body: { error: "Missing, invalid or expired token" } },
    ];
    const { api } = apiAnswering({ "DELETE /api/me": () => replies.shift()! });
    const onUnauthorized = jest.fn();
    render(<DeleteAccountSettings api={api} onUnauthorized={onUnauthorized} onDeleted={jest.fn()} />);
    await confirm("guess");
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many attempts. Try again later.");
    await confirm("again");
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
  });
});
