/** A text field's value from a submitted form ("" when absent; a file input never counts as text). */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
