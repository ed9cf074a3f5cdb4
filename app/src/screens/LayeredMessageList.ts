import { MessageList } from "@chat-app/ui-kit";
import styled from "styled-components";

/**
 * The kit's MessageList with the row holding an open menu (actions, reactions) above its
 * neighbours: each row is positioned (translated) on its own, so a menu opening downwards was
 * painted under the next row, which took its clicks (a kit bug, worked around here).
 */
export const LayeredMessageList = styled(MessageList)`
  [data-row-key]:has([data-open]) {
    z-index: 2;
  }
`;
