import { useRef } from 'react';
import type { MessageAttachment } from '../../types';
import { useCallbackRef } from '../../utils/useCallbackRef';

/**
 * `report(attachment, url)` calls `onError` once per attachment and URL: an expired signed URL is
 * reported once, and again only if the fresh URL the app hands back fails too.
 */
export function useReportOnce(onError: ((attachment: MessageAttachment) => void) | undefined) {
  const reported = useRef(new Set<string>());
  const handler = useCallbackRef(onError);
  return useCallbackRef((attachment: MessageAttachment, url: string) => {
    const key = `${String(attachment.id)}\n${url}`;
    if (reported.current.has(key)) return;
    reported.current.add(key);
    handler(attachment);
  });
}
