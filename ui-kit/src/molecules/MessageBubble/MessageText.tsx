import type { ReactNode } from 'react';
import { parseRichText, type RichNode } from '../../utils/richText';

const TAGS = { bold: 'strong', italic: 'em', strike: 's' } as const;

function render(nodes: readonly RichNode[], me: string | undefined): ReactNode[] {
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
      case 'mention':
        // A styled span, never a link: a mention names someone, it goes nowhere.
        return (
          <span key={i} data-mention data-me={node.username === me || undefined}>
            {node.text}
          </span>
        );
      case 'codeBlock':
        // A block-styled <code>, not <pre>: it sits inside the bubble's <p>.
        return (
          <code key={i} data-block>
            {node.text}
          </code>
        );
      default: {
        const Tag = TAGS[node.kind];
        return <Tag key={i}>{render(node.children, me)}</Tag>;
      }
    }
  });
}

/**
 * Renders message text with the kit's safe formatting (bold, italic, strike, code, code blocks,
 * http(s) links) as React elements: the text is never parsed as HTML. `@username` of `mentions`
 * become `data-mention` spans, `data-me` for the reader's own username `me`.
 */
export function MessageText({ text, mentions, me }: { text: string; mentions?: readonly string[]; me?: string }) {
  return <>{render(parseRichText(text, { mentions }), me)}</>;
}
