import { createEvent, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { MessageComposer } from './MessageComposer';

describe('MessageComposer', () => {
  it('Enter sends the trimmed text and clears the box', async () => {
    const onSend = jest.fn();
    render(<MessageComposer onSend={onSend} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, '  hello there  {Enter}');
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith('hello there');
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });

  it('Shift+Enter inserts a new line instead of sending', async () => {
    const onSend = jest.fn();
    render(<MessageComposer onSend={onSend} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'one{Shift>}{Enter}{/Shift}two');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('one\ntwo');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith('one\ntwo');
  });

  it('disables Send while empty or whitespace, and Enter then sends nothing', async () => {
    const onSend = jest.fn();
    render(<MessageComposer onSend={onSend} />);
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '   {Enter}');
    expect(send).toBeDisabled();
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'x');
    expect(send).toBeEnabled();
  });

  it('does not send on Enter while an IME composition is active', () => {
    const onSend = jest.fn();
    render(<MessageComposer onSend={onSend} value="こんにちは" onValueChange={() => {}} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    const event = createEvent.keyDown(box, { key: 'Enter' });
    Object.defineProperty(event, 'isComposing', { value: true });
    fireEvent(box, event);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('enforces maxLength and shows a counter near the limit', async () => {
    render(<MessageComposer onSend={() => {}} maxLength={10} counterThreshold={3} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(box).toHaveAttribute('maxLength', '10');
    await userEvent.type(box, 'abcdef');
    expect(screen.queryByText(/characters left/)).toBeNull();
    await userEvent.type(box, 'gh');
    expect(screen.getByText('2 characters left')).toBeInTheDocument();
    expect(box).toHaveAccessibleDescription('2 characters left');
  });

  it('pastes only the plain-text flavour of the clipboard, within maxLength', () => {
    render(<MessageComposer onSend={() => {}} maxLength={12} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    const data = new Map([
      ['text/html', '<b>bold</b><img src=x onerror=alert(1)>'],
      ['text/plain', 'bold and more text'],
    ]);
    fireEvent.paste(box, { clipboardData: { getData: (type: string) => data.get(type) ?? '' } });
    expect(box).toHaveValue('bold and mor');
  });

  it('works controlled and forwards the ref to the textarea', async () => {
    const ref = createRef<HTMLTextAreaElement>();
    const sent: string[] = [];
    function Controlled() {
      const [v, setV] = useState('draft');
      return <MessageComposer ref={ref} value={v} onValueChange={setV} onSend={(t) => sent.push(t)} />;
    }
    render(<Controlled />);
    expect(ref.current).toHaveValue('draft');
    await userEvent.type(ref.current!, '!{Enter}');
    expect(sent).toEqual(['draft!']);
    expect(ref.current).toHaveValue('');
  });

  it('can be disabled', () => {
    render(<MessageComposer onSend={() => {}} disabled />);
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
  });

  it('uncontrolled: reports every edit and the empty box after sending', async () => {
    const onValueChange = jest.fn();
    render(<MessageComposer onSend={() => {}} onValueChange={onValueChange} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'hi{Enter}');
    expect(onValueChange.mock.calls).toEqual([['h'], ['hi'], ['']]);
  });

  it('controlled: reports the pasted text without taking it until the owner does', () => {
    const onValueChange = jest.fn();
    render(<MessageComposer onSend={() => {}} value="ab" onValueChange={onValueChange} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    (box as HTMLTextAreaElement).setSelectionRange(1, 1);
    fireEvent.paste(box, { clipboardData: { getData: () => 'X' } });
    expect(onValueChange).toHaveBeenCalledWith('aXb');
    expect(box).toHaveValue('ab');
  });

  it('a paste into a full box changes nothing and reports nothing', () => {
    const onValueChange = jest.fn();
    render(<MessageComposer onSend={() => {}} value="abc" maxLength={3} onValueChange={onValueChange} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    (box as HTMLTextAreaElement).setSelectionRange(3, 3);
    fireEvent.paste(box, { clipboardData: { getData: () => 'more' } });
    expect(box).toHaveValue('abc');
    expect(onValueChange).not.toHaveBeenCalled();
  });
});
