export { PasswordForm, validatePassword, type PasswordFormProps, type PasswordValues } from './PasswordForm';
