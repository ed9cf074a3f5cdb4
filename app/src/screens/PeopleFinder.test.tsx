/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { apiAnswering } from "../testing/fake-api";
import { PeopleFinder } from "./PeopleFinder";

const users = [
  { id: 2, username: "sam_k", display_name: "Sam", avatar_url: null, status_text: null },
  { id: 3, username: "sam_r", display_name: "Sam", avatar_url: null, status_text: null },
  { id: 4, username: "samuel", display_name: null, avatar_url: null, status_text: null },
];

describe("PeopleFinder", () => {
  it("lists people by display name with the @username beside it (two Sams stay apart)", async () => {
    const { api } = apiAnswering({ "GET /api/users": { status: 200, body: { users } } });
    const onPick = jest.fn();
    render(<PeopleFinder api={api} onPick={onPick} onError={jest.fn()} />);
    await userEvent.type(screen.getByRole("searchbox", { name: "Search people" }), "sam");
    const list = await screen.findByRole("list", { name: "People" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Sam@sam_k", "Sam@sam_r", "samuel"]);
    await userEvent.click(within(list).getByRole("button", { name: "Sam @sam_r" }));
    expect(onPick).toHaveBeenCalledWith(users[1]);
  });
});
