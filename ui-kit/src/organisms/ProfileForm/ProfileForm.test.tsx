import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProfileForm } from './ProfileForm';
import { cropSquare } from './crop';

// jsdom neither decodes images nor makes blob URLs: a picked file "loads" as a 400×200 picture.
class LoadedImage {
  naturalWidth = 400;
  naturalHeight = 200;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  set src(_value: string) {
    setTimeout(() => this.onload?.(), 0);
  }
}

beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:picked', revokeObjectURL: () => undefined });
  Object.assign(globalThis, { Image: LoadedImage });
});

describe('cropSquare', () => {
  it('keeps the largest square at zoom 1, a smaller one zoomed, and stays inside the image', () => {
    expect(cropSquare(400, 200, 1, 200, 100)).toEqual({ x: 100, y: 0, side: 200 });
    expect(cropSquare(400, 200, 2, 0, 0)).toEqual({ x: 0, y: 0, side: 100 });
    expect(cropSquare(400, 200, 1, 1000, 1000)).toEqual({ x: 200, y: 0, side: 200 });
  });
});

describe('ProfileForm', () => {
  it('submits the display name and status, an empty one as none', async () => {
    const onSubmit = jest.fn();
    render(<ProfileForm username="ada" displayName="Ada" statusText="Busy" onSubmit={onSubmit} />);
    const name = screen.getByLabelText('Display name');
    await userEvent.clear(name);
    await userEvent.type(name, '  Ada Lovelace ');
    await userEvent.clear(screen.getByLabelText('Status'));
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(onSubmit).toHaveBeenCalledWith({ displayName: 'Ada Lovelace', statusText: null });
  });

  it('refuses a name over 64 characters, focusing it', async () => {
    const onSubmit = jest.fn();
    render(<ProfileForm username="ada" onSubmit={onSubmit} />);
    const name = screen.getByLabelText('Display name');
    fireEvent.change(name, { target: { value: 'x'.repeat(65) } });
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(name).toHaveAccessibleDescription('Use at most 64 characters.');
    expect(name).toHaveFocus();
  });

  it('shows the picked picture in a square moved by arrow keys and zoom, and submits the crop', async () => {
    const onSubmit = jest.fn();
    const cropped = new Blob(['square'], { type: 'image/png' });
    const crop = jest.fn(() => Promise.resolve(cropped));
    render(<ProfileForm username="ada" onSubmit={onSubmit} crop={crop} />);
    expect(screen.getByRole('img', { name: 'ada' })).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Choose a picture'), new File(['png'], 'me.png', { type: 'image/png' }));
    const frame = await screen.findByRole('img', { name: /Picture crop/ });
    expect(frame).toHaveAttribute('data-crop', '100,0,200');
    frame.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(frame).toHaveAttribute('data-crop', '120,0,200');
    fireEvent.change(screen.getByLabelText('Zoom'), { target: { value: '2' } });
    expect(frame).toHaveAttribute('data-crop', '170,50,100');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByRole('button', { name: 'Save profile' });
    expect(crop).toHaveBeenCalledWith(expect.anything(), { x: 170, y: 50, side: 100 });
    expect(onSubmit).toHaveBeenCalledWith({ displayName: null, statusText: null, avatar: cropped });
  });

  it('refuses a file that is not an image, and shows errors and notices', async () => {
    const { rerender } = render(<ProfileForm username="ada" onSubmit={() => {}} />);
    await userEvent.upload(screen.getByLabelText('Choose a picture'), new File(['x'], 'a.txt', { type: 'text/plain' }), { applyAccept: false });
    expect(screen.getByLabelText('Choose a picture')).toHaveAccessibleDescription('Choose an image file.');
    rerender(<ProfileForm username="ada" onSubmit={() => {}} error="Too many requests." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests.');
    rerender(<ProfileForm username="ada" onSubmit={() => {}} notice="Profile saved." />);
    expect(screen.getByRole('status')).toHaveTextContent('Profile saved.');
  });
});
