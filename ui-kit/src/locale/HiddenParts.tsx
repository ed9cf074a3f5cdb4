import { VisuallyHidden } from '../utils/VisuallyHidden';

/**
 * Renders a catalog string whose `[ ]` parts are only for assistive technology, with `{name}`
 * filled in: "Make [{name} ]admin" shows "Make admin" and reads "Make Ada admin". One span, so
 * a flex parent does not space the words apart.
 */
export function HiddenParts({ text, name = '' }: { text: string; name?: string }) {
  const parts = text.split(/\[([^\]]*)\]/).map((part) => part.replace('{name}', name));
  return <span>{parts.map((part, i) => (i % 2 ? <VisuallyHidden key={i}>{part}</VisuallyHidden> : part))}</span>;
}
