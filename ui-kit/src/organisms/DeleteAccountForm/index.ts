export { DeleteAccountForm, type DeleteAccountFormProps } from './DeleteAccountForm';
