export { LoginForm, validateLogin, type LoginFormProps, type LoginValues } from './LoginForm';
export type { FieldErrors } from './validation';
