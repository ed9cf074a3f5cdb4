import type { ReactNode } from 'react';
import { parseRichText, type RichNode } from '../../utils/richText';

const TAGS = { bold: 'strong', italic: 'em', strike: 's' } as const;

function render(nodes: readonly RichNode[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow ugc">
            {node.text}
          </a>
        );
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'codeBlock':
        // A block-styled <code>, not <pre>: it sits inside the bubble's <p>.
        return (
          <code key={i} data-block>
            {node.text}
          </code>
        );
      default: {
        const Tag = TAGS[node.kind];
        return <Tag key={i}>{render(node.children)}</Tag>;
      }
    }
  });
}

/**
 * Renders message text with the kit's safe formatting (bold, italic, strike, code, code blocks,
 * http(s) links) as React elements: the text is never parsed as HTML.
 */
export function MessageText({ text }: { text: string }) {
  return <>{render(parseRichText(text))}</>;
}
