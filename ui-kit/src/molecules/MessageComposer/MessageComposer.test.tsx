import { createEvent, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import type { PendingAttachment } from '../../types';
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

describe('MessageComposer attachments', () => {
  const photo: PendingAttachment = { id: 'p', name: 'photo.png', size: 2_400_000, type: 'image/png', status: 'uploading', progress: 0.5 };
  const pdf: PendingAttachment = { id: 'd', name: 'report.pdf', size: 1000, type: 'application/pdf', status: 'uploaded' };
  const failed: PendingAttachment = { id: 'f', name: 'big.zip', size: 1, type: 'application/zip', status: 'failed', error: 'Too large.' };

  it('has no attach button or file input without onAttachFiles', () => {
    const { container } = render(<MessageComposer onSend={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Attach files' })).toBeNull();
    expect(container.querySelector('input[type="file"]')).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('"Attach files" opens the file input, and the picked files come to onAttachFiles', async () => {
    const onAttachFiles = jest.fn();
    render(<MessageComposer onSend={() => {}} onAttachFiles={onAttachFiles} accept="image/*,application/pdf" />);
    // The only element labelled "Attach files" is the input (Playwright's setInputFiles on the label).
    const input = screen.getByLabelText<HTMLInputElement>('Attach files');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
    expect(input).toHaveAttribute('accept', 'image/*,application/pdf');
    const opened = jest.fn();
    input.addEventListener('click', opened);
    await userEvent.click(screen.getByRole('button', { name: 'Attach files' }));
    expect(opened).toHaveBeenCalledTimes(1);
    const files = [new File(['a'], 'a.png', { type: 'image/png' }), new File(['b'], 'b.pdf', { type: 'application/pdf' })];
    await userEvent.upload(input, files);
    expect(onAttachFiles).toHaveBeenCalledWith(files);
    expect(input.value).toBe('');
  });

  it('pasting an image attaches it and types nothing; a text paste is unchanged', () => {
    const onAttachFiles = jest.fn();
    render(<MessageComposer onSend={() => {}} onAttachFiles={onAttachFiles} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    const image = new File(['png'], 'image.png', { type: 'image/png' });
    const text = new File(['t'], 'a.txt', { type: 'text/plain' });
    fireEvent.paste(box, { clipboardData: { files: [image, text], getData: () => 'image.png' } });
    expect(onAttachFiles).toHaveBeenCalledWith([image]);
    expect(box).toHaveValue('');
    fireEvent.paste(box, { clipboardData: { files: [], getData: (type: string) => (type === 'text/plain' ? 'hello' : '') } });
    expect(box).toHaveValue('hello');
    expect(onAttachFiles).toHaveBeenCalledTimes(1);
  });

  it('without onAttachFiles a pasted image is not taken (plain text only, as before)', () => {
    render(<MessageComposer onSend={() => {}} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.paste(box, { clipboardData: { files: [new File(['png'], 'image.png', { type: 'image/png' })], getData: () => 'caption' } });
    expect(box).toHaveValue('caption');
  });

  it('lists the files as chips above the text field, with Remove and Retry', async () => {
    const onRemove = jest.fn();
    const onRetry = jest.fn();
    render(
      <MessageComposer
        onSend={() => {}}
        onAttachFiles={() => {}}
        attachments={[photo, failed]}
        onRemoveAttachment={onRemove}
        onRetryAttachment={onRetry}
      />,
    );
    const list = screen.getByRole('list', { name: 'Attachments' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByRole('progressbar', { name: 'Uploading photo.png' })).toHaveAttribute('aria-valuenow', '50');
    expect(list.compareDocumentPosition(screen.getByRole('textbox', { name: 'Message' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(within(list).getByRole('button', { name: 'Remove photo.png' }));
    await userEvent.click(within(list).getByRole('button', { name: 'Retry big.zip' }));
    expect(onRemove).toHaveBeenCalledWith('p');
    expect(onRetry).toHaveBeenCalledWith('f');
  });

  it('sends files without text while they are uploaded or uploading', async () => {
    const onSend = jest.fn();
    render(<MessageComposer onSend={onSend} onAttachFiles={() => {}} attachments={[photo, pdf]} />);
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeEnabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '{Enter}');
    expect(onSend).toHaveBeenCalledWith('');
    await userEvent.click(send);
    expect(onSend).toHaveBeenCalledTimes(2);
  });

  it('a failed file disables Send and says why, until it is removed', async () => {
    const onSend = jest.fn();
    const { rerender } = render(
      <MessageComposer onSend={onSend} onAttachFiles={() => {}} attachments={[pdf, failed]} value="hi" onValueChange={() => {}} />,
    );
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription('Remove or retry the files that failed to upload.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    rerender(<MessageComposer onSend={onSend} onAttachFiles={() => {}} attachments={[pdf]} value="hi" onValueChange={() => {}} />);
    expect(send).toBeEnabled();
    expect(screen.queryByText('Remove or retry the files that failed to upload.')).toBeNull();
  });

  it('renders a VoiceRecorder with onVoiceMessage', () => {
    const { rerender } = render(<MessageComposer onSend={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Record voice message' })).toBeNull();
    rerender(<MessageComposer onSend={() => {}} onVoiceMessage={() => {}} />);
    expect(screen.getByRole('button', { name: 'Record voice message' })).toBeInTheDocument();
  });
});

describe('MessageComposer replying', () => {
  const replyingTo = { authorName: 'Ada', excerpt: 'Demo on Thursday?' };

  it('shows the quoted message above the field with "Cancel reply"', async () => {
    const onCancel = jest.fn();
    render(<MessageComposer onSend={() => {}} replyingTo={replyingTo} onCancelReply={onCancel} />);
    const group = screen.getByRole('group', { name: 'Replying to Ada' });
    expect(group).toHaveTextContent('Demo on Thursday?');
    await userEvent.click(within(group).getByRole('button', { name: 'Cancel reply' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveFocus();
  });

  it('Escape in the field cancels the reply, and only then stops there', async () => {
    const onCancel = jest.fn();
    const outer = jest.fn();
    const listener = (event: KeyboardEvent) => {
      if (!event.defaultPrevented && event.key === 'Escape') outer();
    };
    document.addEventListener('keydown', listener);
    const { rerender } = render(<MessageComposer onSend={() => {}} replyingTo={replyingTo} onCancelReply={onCancel} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'ok{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(outer).not.toHaveBeenCalled();
    rerender(<MessageComposer onSend={() => {}} onCancelReply={onCancel} />);
    await userEvent.keyboard('{Escape}');
    document.removeEventListener('keydown', listener);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(outer).toHaveBeenCalledTimes(1);
  });

  it('leaves an Escape the app handled in textareaProps alone', async () => {
    const onCancel = jest.fn();
    render(
      <MessageComposer
        onSend={() => {}}
        replyingTo={replyingTo}
        onCancelReply={onCancel}
        textareaProps={{ onKeyDown: (event) => event.key === 'Escape' && event.preventDefault() }}
      />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '{Escape}');
    expect(onCancel).not.toHaveBeenCalled();
  });
});
