export { RegisterForm, validateRegister, type RegisterFormProps, type RegisterValues } from './RegisterForm';
