/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { AvatarLoader } from "../avatars/avatar-loader";
import { useAvatar } from "./useAvatar";

function Probe({ loader, url }: { loader: AvatarLoader; url: string | null }) {
  return <span data-testid="src">{useAvatar(loader, url) ?? "none"}</span>;
}

describe("useAvatar", () => {
  it("gives the blob URL once loaded, follows a new URL and releases the old one", async () => {
    const revoked: string[] = [];
    // jsdom has no Response: the loader reads only `ok` and `blob()`.
    const fetchImpl = jest.fn((url: string, _init?: RequestInit) => Promise.resolve({ ok: true, blob: () => Promise.resolve(new Blob([url])) }));
    const loader = new AvatarLoader({
      baseUrl: "",
      token: "t",
      fetch: fetchImpl as unknown as typeof fetch,
      createObjectUrl: () => `blob:${fetchImpl.mock.calls.length}`,
      revokeObjectUrl: (url) => revoked.push(url),
    });
    const { rerender, unmount } = render(<Probe loader={loader} url="/api/users/2/avatar?v=1" />);
    expect(screen.getByTestId("src").textContent).toBe("none");
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(fetchImpl).toHaveBeenCalledWith("/api/users/2/avatar?v=1&size=small", expect.anything());
    expect(screen.getByTestId("src").textContent).toBe("blob:1");
    rerender(<Probe loader={loader} url="/api/users/2/avatar?v=2" />);
    expect(revoked).toEqual(["blob:1"]);
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(screen.getByTestId("src").textContent).toBe("blob:2");
    rerender(<Probe loader={loader} url={null} />);
    expect(screen.getByTestId("src").textContent).toBe("none");
    unmount();
    expect(revoked).toEqual(["blob:1", "blob:2"]);
  });
});
