import { render, screen, within } from '@testing-library/react';
import { LoginForm } from '../../organisms/LoginForm/LoginForm';
import { AuthPage } from './AuthPage';

describe('AuthPage', () => {
  it('frames a form under a page heading with brand and footer', () => {
    render(
      <AuthPage title="Log in" brand="Chat" subtitle="Welcome back." footer="Terms">
        <LoginForm onSubmit={() => {}} onRegister={() => {}} />
      </AuthPage>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByText('Chat')).toBeInTheDocument();
    expect(screen.getByText('Welcome back.')).toBeInTheDocument();
    expect(screen.getByText('Terms')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create an account' })).toBeInTheDocument();
  });

  it('is a main landmark with brand, card and footer inside it', () => {
    render(
      <AuthPage title="Log in" brand="Chat" footer="Terms">
        <p>form</p>
      </AuthPage>,
    );
    const main = screen.getByRole('main');
    for (const text of ['Chat', 'Log in', 'form', 'Terms']) expect(within(main).getByText(text)).toBeInTheDocument();
  });
});
