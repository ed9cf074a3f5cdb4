import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { IncomingCall } from './IncomingCall';

describe('IncomingCall', () => {
  it('is an alertdialog named by the caller, and Accept takes focus when it appears', () => {
    render(<IncomingCall callerName="Ada" media="video" onAccept={() => {}} onDecline={() => {}} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Ada is video calling' });
    expect(dialog).toHaveAttribute('data-ringing', 'true');
    expect(dialog).toHaveAttribute('data-media', 'video');
    expect(screen.getByRole('button', { name: 'Accept' })).toHaveFocus();
  });

  it('calls onAccept and onDecline', async () => {
    const onAccept = jest.fn();
    const onDecline = jest.fn();
    render(<IncomingCall callerName="Ada" media="audio" onAccept={onAccept} onDecline={onDecline} />);
    expect(screen.getByRole('alertdialog', { name: 'Ada is calling' })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(onAccept).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Decline' }));
    expect(onDecline).toHaveBeenCalledTimes(1);
  });

  it('drops data-ringing when not ringing, and forwards ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<IncomingCall ref={ref} callerName="Ada" media="audio" ringing={false} onAccept={() => {}} onDecline={() => {}} />);
    expect(ref.current).not.toHaveAttribute('data-ringing');
  });
});
