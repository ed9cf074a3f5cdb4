/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { usePushPreviews } from "./usePushPreviews";

function fakeApi(initial: boolean, refuse = false) {
  const saved: boolean[] = [];
  return {
    saved,
    api: {
      pushPreferences: () => Promise.resolve({ previews: initial }),
      setPushPreferences: ({ previews }: { previews: boolean }) => {
        saved.push(previews);
        return refuse ? Promise.reject(new Error("refused")) : Promise.resolve({ previews });
      },
    },
  };
}

describe("usePushPreviews", () => {
  it("is null until the server's setting is known, then shows a change at once and saves it", async () => {
    const { api, saved } = fakeApi(true);
    const { result } = renderHook(() => usePushPreviews(api));
    expect(result.current[0]).toBeNull();
    await waitFor(() => expect(result.current[0]).toBe(true));
    act(() => result.current[1](false));
    expect(result.current[0]).toBe(false);
    expect(saved).toEqual([false]);
  });

  it("goes back when the server refuses the change", async () => {
    const { api } = fakeApi(true, true);
    const { result } = renderHook(() => usePushPreviews(api));
    await waitFor(() => expect(result.current[0]).toBe(true));
    act(() => result.current[1](false));
    await waitFor(() => expect(result.current[0]).toBe(true));
  });
});
